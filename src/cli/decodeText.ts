/** Article text ready for the extractor, or why the bytes are not usable text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Turns file bytes into article text: UTF-8 only (a byte order mark is dropped), with line endings
 * normalised to `\n` so offsets do not depend on the platform the article was saved on.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
	// UTF-8 text never contains NUL; UTF-16 files and binaries almost always do.
	if (bytes.includes(0))
		return { ok: false, problem: 'binary file (contains NUL bytes); expected UTF-8 text' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return { ok: false, problem: 'not valid UTF-8 (binary file or another encoding?)' };
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.trim() === '') return { ok: false, problem: 'empty file (no text)' };
	return { ok: true, text };
}
