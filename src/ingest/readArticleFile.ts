import { decodeText } from '../cli/decodeText.ts';
import { articleKind, refuseBeforeReading } from './articleFileChecks.ts';
import { htmlToText } from './htmlToText.ts';

export { MAX_FILE_BYTES } from './articleFileChecks.ts';

/** A dropped file as article text, or a one-line reason it was refused. */
export type ArticleFileResult =
	{ ok: true; name: string; text: string } | { ok: false; name: string; message: string };

/** Enough of a file to spot a binary by its NUL bytes before reading the rest. */
const SNIFF_BYTES = 8192;

async function bytesOf(blob: Blob): Promise<Uint8Array> {
	return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Reads a `.txt`, `.md` or `.html` file as article text. Name and size are checked before any byte
 * is read, and the first 8 KB before the rest, so a 50 MB file or a large binary is refused at once.
 * HTML is reduced to its article by `htmlToText`. Never throws.
 */
export async function readArticleFile(file: File): Promise<ArticleFileResult> {
	const name = file.name;
	const refusal = refuseBeforeReading(name, file.size);
	if (refusal) return { ok: false, name, message: refusal };
	try {
		if ((await bytesOf(file.slice(0, SNIFF_BYTES))).includes(0))
			return { ok: false, name, message: `${name} is a binary file, not text.` };
		const decoded = decodeText(await bytesOf(file));
		if (!decoded.ok) return { ok: false, name, message: `${name}: ${decoded.problem}.` };
		if (articleKind(name) === 'text') return { ok: true, name, text: decoded.text };
		const { text } = htmlToText(decoded.text);
		if (text === '') return { ok: false, name, message: `${name} has no article text.` };
		return { ok: true, name, text };
	} catch (e) {
		return { ok: false, name, message: `${name} could not be read: ${(e as Error).message}` };
	}
}
