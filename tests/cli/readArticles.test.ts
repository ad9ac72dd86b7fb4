// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readArticles } from '../../src/cli/readArticles.ts';

let dir: string;

function write(path: string, content: string | Uint8Array) {
	mkdirSync(join(dir, path, '..'), { recursive: true });
	writeFileSync(join(dir, path), content);
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticles', () => {
	it('reads the .txt and .md files of a directory in sorted order, ignoring other files', () => {
		write('seeds/b.md', 'Second');
		write('seeds/a.txt', 'First');
		write('seeds/c.json', '{}');
		write('seeds/sub/d.txt', 'Nested');
		expect(readArticles(['seeds'], dir)).toEqual({
			articles: [
				{ id: 'a', path: 'seeds/a.txt', text: 'First' },
				{ id: 'b', path: 'seeds/b.md', text: 'Second' },
			],
			problems: [],
		});
	});

	it('reads a file named explicitly whatever its extension', () => {
		write('notes.text', 'On Thursday.');
		expect(readArticles(['notes.text'], dir).articles).toEqual([
			{ id: 'notes', path: 'notes.text', text: 'On Thursday.' },
		]);
	});

	it('sorts files from several arguments and reads a file named twice once', () => {
		write('z/a.txt', 'Z');
		write('y/a.txt', 'Y');
		const { articles } = readArticles(['z/a.txt', 'y', 'z/a.txt', './y/a.txt'], dir);
		expect(articles.map((a) => [a.id, a.path])).toEqual([
			['a', 'y/a.txt'],
			['a-2', 'z/a.txt'],
		]);
	});

	it('normalises line endings and drops a byte order mark', () => {
		write('a.txt', '\uFEFFHeadline\r\nBody\r\n');
		expect(readArticles(['a.txt'], dir).articles[0]?.text).toBe('Headline\nBody\n');
	});

	it('reports every unusable input, one line each, and still returns the readable ones', () => {
		write('good.txt', 'Fine.');
		write('empty.txt', '');
		write('blank.md', '\n  \n');
		write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
		write('nothing/readme.json', '{}');
		const result = readArticles(
			['missing.txt', 'nothing', 'good.txt', 'empty.txt', 'blank.md', 'binary.txt', 'latin1.txt'],
			dir,
		);
		expect(result.articles).toEqual([{ id: 'good', path: 'good.txt', text: 'Fine.' }]);
		expect(result.problems).toEqual([
			'missing.txt: no such file or directory',
			'nothing: directory has no .txt or .md articles',
			'binary.txt: binary file (contains NUL bytes); expected UTF-8 text',
			'blank.md: empty file (no text)',
			'empty.txt: empty file (no text)',
			'latin1.txt: not valid UTF-8 (binary file or another encoding?)',
		]);
	});

	it('refuses a file over 10 MB without reading it', () => {
		write('huge.txt', '');
		truncateSync(join(dir, 'huge.txt'), MAX_ARTICLE_BYTES + 1);
		write('limit.txt', 'x'.repeat(MAX_ARTICLE_BYTES));
		const result = readArticles(['huge.txt', 'limit.txt'], dir);
		expect(result.problems).toEqual(['huge.txt: 10.0 MB is over the 10 MB limit']);
		expect(result.articles.map((a) => a.path)).toEqual(['limit.txt']);
	});

	it('reports an empty directory', () => {
		mkdirSync(join(dir, 'empty'));
		expect(readArticles(['empty'], dir).problems).toEqual([
			'empty: directory has no .txt or .md articles',
		]);
	});
});
