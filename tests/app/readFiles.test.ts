import { describe, expect, it } from 'vitest';
import { pastedName, readFiles, type FileResult } from '../../src/app/readFiles.ts';

describe('readFiles', () => {
	it('keeps the good files and gives one message per refused file', async () => {
		const read = async (f: File): Promise<FileResult> =>
			f.name.endsWith('.txt')
				? { ok: true, name: f.name, text: await f.text() }
				: { ok: false, name: f.name, message: `${f.name} is not an article.` };
		const r = await readFiles(
			[
				new File(['one'], 'a.txt'),
				new File(['x'], 'b.png'),
				new File(['two'], 'c.txt'),
				new File(['y'], 'd.exe'),
			],
			read,
		);
		expect(r.articles).toEqual([
			{ name: 'a.txt', text: 'one' },
			{ name: 'c.txt', text: 'two' },
		]);
		expect(r.refused).toEqual(['b.png is not an article.', 'd.exe is not an article.']);
	});
});

describe('pastedName', () => {
	it.each([
		['Floods hit the valley\nBody', 'Floods hit the valley.txt'],
		['  \n  U.S. floods / rescue\nBody', 'U S floods rescue.txt'],
		['', 'Pasted article.txt'],
		['x'.repeat(90), `${'x'.repeat(60)}.txt`],
	])('names %j as %j', (text, name) => {
		expect(pastedName(text)).toBe(name);
	});
});
