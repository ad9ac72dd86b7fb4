// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/timeline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/extract.ts');
const SEED = join(ROOT, 'seeds/000_6c3584f2b4dfd327.txt');

let dir: string;
const cli = (...args: string[]) =>
	spawnSync(TSX, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-'));
	mkdirSync(join(dir, 'seeds'));
	copyFileSync(SEED, join(dir, 'seeds', '000_6c3584f2b4dfd327.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Each run starts a Node process, so these only cover what the in-process tests cannot:
// argv, stdout/stderr and the exit code of the real command.
// The timeout is a ceiling against hangs, not a speed goal: starting tsx on a busy machine is slow.
describe('npm run extract', { timeout: 60_000 }, () => {
	it('extracts the seed article into public/timeline.json with no arguments', () => {
		const result = cli();
		expect(result.stderr.split('\n').filter((l) => !l.startsWith('warning: ') && l)).toEqual([]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^1 document, \d+ mentions, \d+ events?, \d+ eras?, \d+ warnings? → public\/timeline\.json\n$/,
		);
		const parsed = parseTimeline(readFileSync(join(dir, 'public/timeline.json'), 'utf8'));
		expect(parsed.ok && parsed.timeline.documents[0]?.id).toBe('000_6c3584f2b4dfd327');
		expect(parsed.ok && parsed.timeline.events.length).toBeGreaterThan(0);
	});

	it('exits 1 with one line per problem and keeps the existing output', () => {
		mkdirSync(join(dir, 'public'));
		writeFileSync(join(dir, 'public/timeline.json'), 'keep me');
		const result = cli('--dct', 'yesterday', '--bogus', 'nope.txt');
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			'error: --dct "yesterday" is not a date in YYYY-MM-DD form\n' +
				'error: unknown option "--bogus" (run with --help for usage)\n',
		);
		expect(readFileSync(join(dir, 'public/timeline.json'), 'utf8')).toBe('keep me');
	});

	it('prints usage for --help', () => {
		const result = cli('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Usage: npm run extract');
	});
});
