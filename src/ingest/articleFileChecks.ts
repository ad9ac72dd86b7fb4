/** Checks made on a dropped file before and after reading it, each with a one-line refusal. */

/** Files of this size or more are refused unread: no news article comes near it. */
export const MAX_FILE_BYTES = 50_000_000;

/** Extensions read as article text, and whether the file is HTML to be reduced first. */
const KINDS: Record<string, 'text' | 'html'> = {
	txt: 'text',
	md: 'text',
	markdown: 'text',
	html: 'html',
	htm: 'html',
	xhtml: 'html',
};

/** How a file will be read, from its name; `null` for a type Dateline does not read. */
export function articleKind(name: string): 'text' | 'html' | null {
	const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
	return (ext && KINDS[ext]) || null;
}

/** Size as people read it in a file manager: "52.4 MB", "812 KB". */
export function formatBytes(bytes: number): string {
	if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
	if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
	return `${bytes} bytes`;
}

/** Why a file cannot be read, judged from its name and size alone; `null` when it may be read. */
export function refuseBeforeReading(name: string, size: number): string | null {
	if (!articleKind(name))
		return `${name}: not an article file (Dateline reads .txt, .md, .html and .htm).`;
	if (size >= MAX_FILE_BYTES)
		return `${name} is ${formatBytes(size)}; files must be under ${formatBytes(MAX_FILE_BYTES)}.`;
	if (size === 0) return `${name} is empty.`;
	return null;
}
