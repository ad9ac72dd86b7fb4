import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/ingest/articleFileChecks.ts';
import { readArticleFile } from '../../src/ingest/readArticleFile.ts';

const file = (parts: BlobPart[], name: string) => new File(parts, name);

/** A file that reports a size but fails when read, to prove a refusal came before reading. */
function unreadable(name: string, size: number): File {
	const f = new File(['x'], name);
	Object.defineProperty(f, 'size', { value: size });
	const fail = () => {
		throw new Error('read attempted');
	};
	Object.defineProperty(f, 'arrayBuffer', { value: fail });
	Object.defineProperty(f, 'slice', { value: fail });
	return f;
}

describe('readArticleFile', () => {
	it.each(['story.txt', 'story.md', 'STORY.TXT'])('reads %s as plain text', async (name) => {
		const result = await readArticleFile(file(['Headline\r\nOn 27 July 1953.'], name));
		expect(result).toEqual({ ok: true, name, text: 'Headline\nOn 27 July 1953.' });
	});

	it.each(['page.html', 'page.htm'])('reduces %s to its article text', async (name) => {
		const html =
			'<html><body><nav>Menu</nav><article><h1>Truce</h1><p>Signed in 1953.</p></article></body></html>';
		expect(await readArticleFile(file([html], name))).toEqual({
			ok: true,
			name,
			text: 'Truce\nSigned in 1953.',
		});
	});

	it('refuses a file of 50 MB without reading it', async () => {
		const result = await readArticleFile(unreadable('huge.txt', MAX_FILE_BYTES));
		expect(result).toEqual({
			ok: false,
			name: 'huge.txt',
			message: 'huge.txt is 50.0 MB; files must be under 50.0 MB.',
		});
	});

	it('refuses an unknown extension without reading it', async () => {
		expect(await readArticleFile(unreadable('scan.pdf', 10))).toEqual({
			ok: false,
			name: 'scan.pdf',
			message: 'scan.pdf: not an article file (Dateline reads .txt, .md, .html and .htm).',
		});
	});

	it('refuses an empty file', async () => {
		expect(await readArticleFile(file([], 'empty.txt'))).toMatchObject({
			ok: false,
			message: 'empty.txt is empty.',
		});
	});

	it('refuses a file of only whitespace as empty', async () => {
		expect(await readArticleFile(file([' \n\t'], 'blank.md'))).toMatchObject({
			ok: false,
			message: 'blank.md: empty file (no text).',
		});
	});

	it('refuses a binary file by the NUL bytes at its start', async () => {
		const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]);
		expect(await readArticleFile(file([bytes], 'photo.txt'))).toMatchObject({
			ok: false,
			message: 'photo.txt is a binary file, not text.',
		});
	});

	it('refuses a file whose NUL bytes come after the first 8 KB', async () => {
		const bytes = new TextEncoder().encode(`${'a'.repeat(10_000)}\0b`);
		expect(await readArticleFile(file([bytes], 'late.txt'))).toMatchObject({
			ok: false,
			message: 'late.txt: binary file (contains NUL bytes); expected UTF-8 text.',
		});
	});

	it('refuses text in another encoding than UTF-8', async () => {
		const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x39, 0x35, 0x33]);
		expect(await readArticleFile(file([latin1], 'cafe.txt'))).toMatchObject({
			ok: false,
			message: 'cafe.txt: not valid UTF-8 (binary file or another encoding?).',
		});
	});

	it('refuses an HTML page with no article text', async () => {
		const html = '<html><body><script>1</script><nav>Menu</nav></body></html>';
		expect(await readArticleFile(file([html], 'shell.html'))).toMatchObject({
			ok: false,
			message: 'shell.html has no article text.',
		});
	});
});
