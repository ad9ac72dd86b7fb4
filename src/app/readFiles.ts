/** What reading one file gives (G's `ArticleFileResult`). */
export type FileResult =
	{ ok: true; name: string; text: string } | { ok: false; name: string; message: string };

/** Articles read from files, and one message per refused file. */
export interface ReadFiles {
	articles: { name: string; text: string }[];
	refused: string[];
}

/** Reads every file; a refused file adds its message and the good ones still go in. */
export async function readFiles(
	files: Iterable<File>,
	read: (file: File) => Promise<FileResult>,
): Promise<ReadFiles> {
	const results = await Promise.all([...files].map(read));
	return {
		articles: results.flatMap((r) => (r.ok ? [{ name: r.name, text: r.text }] : [])),
		refused: results.flatMap((r) => (r.ok ? [] : [r.message])),
	};
}

/** A name for pasted text: its first line, as a `.txt` file name (it becomes the document's id). */
export function pastedName(text: string): string {
	const first = text.trim().split('\n', 1)[0] ?? '';
	const stem = first
		.replace(/[\\/.\s]+/g, ' ')
		.trim()
		.slice(0, 60)
		.trim();
	return `${stem || 'Pasted article'}.txt`;
}
