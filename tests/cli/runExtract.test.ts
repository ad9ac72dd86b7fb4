// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runExtract } from '../../src/cli/runExtract.ts';
import { parseTimeline, SCHEMA_VERSION } from '../../src/timeline.ts';

const ARTICLE = 'Armistice remembered\nThe Korean War ended on 27 July 1953, after three years.\n';
const OLD_OUTPUT = '{"previous": "run"}\n';

let dir: string;
let out: string[];
let err: string[];

function run(argv: string[], extract?: Parameters<typeof runExtract>[1]['extract']): number {
	return runExtract(argv, {
		cwd: dir,
		stdout: (line) => out.push(line),
		stderr: (line) => err.push(line),
		...(extract ? { extract } : {}),
	});
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
	out = [];
	err = [];
	mkdirSync(join(dir, 'seeds'));
	writeFileSync(join(dir, 'seeds', 'Armistice Day.txt'), ARTICLE);
	mkdirSync(join(dir, 'public'));
	writeFileSync(join(dir, 'public', 'timeline.json'), OLD_OUTPUT);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runExtract', () => {
	it('reads seeds/ into public/timeline.json by default and prints a summary', () => {
		expect(run(['--dct', '2023-07-27'])).toBe(EXIT.ok);
		const json = read('public/timeline.json');
		const parsed = parseTimeline(json);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.timeline.schemaVersion).toBe(SCHEMA_VERSION);
		expect(parsed.timeline.documents).toHaveLength(1);
		const [doc] = parsed.timeline.documents;
		expect(doc).toMatchObject({
			id: 'armistice-day',
			path: 'seeds/Armistice Day.txt',
			text: ARTICLE,
		});
		expect(doc?.creationDate.value).toBe('2023-07-27');
		expect(json.endsWith('}\n')).toBe(true);
		expect(json).toContain('\n\t"documents": [');
		expect(out).toEqual([
			expect.stringMatching(
				/^1 document, \d+ mentions?, \d+ events?, \d+ eras?, \d+ warnings? → public\/timeline\.json$/,
			),
		]);
	});

	it('writes to --out, creating its directory', () => {
		expect(run(['--out', 'build/deep/t.json', 'seeds/Armistice Day.txt'])).toBe(EXIT.ok);
		expect(parseTimeline(read('build/deep/t.json')).ok).toBe(true);
		expect(read('public/timeline.json')).toBe(OLD_OUTPUT);
	});

	it('gives byte-identical output for the same input', () => {
		writeFileSync(
			join(dir, 'seeds', 'b.md'),
			'Second\nOn Thursday, 70 years after 1953, they met.',
		);
		run(['--dct', '2023-07-28', '--out', 'one.json']);
		run(['--dct', '2023-07-28', '--out', 'two.json', 'seeds/b.md', 'seeds']);
		expect(read('one.json')).toBe(read('two.json'));
	});

	it('reports every bad input, writes nothing and leaves the old output byte-identical', () => {
		writeFileSync(join(dir, 'seeds', 'empty.txt'), '');
		writeFileSync(join(dir, 'seeds', 'photo.txt'), new Uint8Array([0xff, 0xd8, 0x00, 0x10]));
		mkdirSync(join(dir, 'drafts'));
		expect(run(['seeds', 'missing.md', 'drafts'])).toBe(EXIT.badInput);
		expect(err).toEqual([
			'error: missing.md: no such file or directory',
			'error: drafts: directory has no .txt or .md articles',
			'error: seeds/empty.txt: empty file (no text)',
			'error: seeds/photo.txt: binary file (contains NUL bytes); expected UTF-8 text',
			'nothing written (4 problems)',
		]);
		expect(out).toEqual([]);
		expect(read('public/timeline.json')).toBe(OLD_OUTPUT);
	});

	it('rejects a bad command line before reading anything', () => {
		expect(run(['--dct', '2023-02-30', '--fast', 'missing.txt'])).toBe(EXIT.badInput);
		expect(err).toEqual([
			'error: --dct "2023-02-30" is not a calendar date: 2023-02 has 28 days',
			'error: unknown option "--fast" (run with --help for usage)',
		]);
		expect(read('public/timeline.json')).toBe(OLD_OUTPUT);
	});

	it('warns by name about an article with no date, keeps its events undated and still succeeds', () => {
		writeFileSync(
			join(dir, 'seeds', 'x.txt'),
			'Pool reopens\nThe pool reopened today. Lifeguards returned on Monday.\n',
		);
		expect(run(['--out', 't.json', 'seeds/x.txt'])).toBe(EXIT.ok);
		expect(err).toEqual([
			'warning: seeds/x.txt: no date found for this article; 2 events that depend on it are undated (give --dct YYYY-MM-DD)',
		]);
		const parsed = parseTimeline(read('t.json'));
		expect(parsed.ok && parsed.timeline.documents[0]?.creationDate.value).toBeNull();
		expect(parsed.ok && parsed.timeline.undated).toHaveLength(2);
		expect(out[0]).toMatch(/, 2 undated events, 1 warning → t\.json$/);
	});

	it('says nothing of undated events once --dct gives the date', () => {
		writeFileSync(join(dir, 'seeds', 'x.txt'), 'Pool reopens\nThe pool reopened today.\n');
		expect(run(['--dct', '2024-06-03', '--out', 't.json', 'seeds/x.txt'])).toBe(EXIT.ok);
		expect(err).toEqual([]);
		expect(out[0]).not.toContain('undated');
	});

	it('refuses an --out that is a directory', () => {
		expect(run(['--out', 'public'])).toBe(EXIT.badInput);
		expect(err).toContain('error: --out public: is a directory');
	});

	it('prints usage for --help and writes nothing', () => {
		expect(run(['--help'])).toBe(EXIT.ok);
		expect(out.join('\n')).toMatch(/^Usage: npm run extract -- \[--dct YYYY-MM-DD\]/);
		expect(read('public/timeline.json')).toBe(OLD_OUTPUT);
	});

	it('treats a timeline that breaks the contract as a bug and writes nothing', () => {
		const broken = () => ({
			timeline: {
				schemaVersion: SCHEMA_VERSION,
				documents: [],
				events: [],
				eras: [{ id: 'bad id' }],
				undated: [],
			},
			warnings: [],
		});
		expect(run([], broken as never)).toBe(EXIT.bug);
		expect(err[0]).toBe('bug: the extractor produced a timeline that breaks the JSON contract:');
		expect(err).toContain('nothing written');
		expect(read('public/timeline.json')).toBe(OLD_OUTPUT);
	});

	it('reports an extractor crash as a bug and writes nothing', () => {
		const crash = () => {
			throw new Error('boom');
		};
		expect(run([], crash)).toBe(EXIT.bug);
		expect(err[0]).toMatch(/^bug: the extractor failed: Error: boom/);
		expect(read('public/timeline.json')).toBe(OLD_OUTPUT);
	});
});
