// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/cli/writeAtomic.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomic', () => {
	it('creates missing directories and writes the content', () => {
		const out = join(dir, 'public', 'deep', 'timeline.json');
		writeAtomic(out, '{"a":1}\n');
		expect(readFileSync(out, 'utf8')).toBe('{"a":1}\n');
	});

	it('replaces an existing file and leaves no temporary file behind', () => {
		const out = join(dir, 'timeline.json');
		writeFileSync(out, 'old');
		writeAtomic(out, 'new ✓');
		expect(readFileSync(out, 'utf8')).toBe('new ✓');
		expect(readdirSync(dir)).toEqual(['timeline.json']);
	});

	it('throws when the target cannot be replaced and cleans up its temporary file', () => {
		const out = join(dir, 'timeline.json');
		mkdirSync(out);
		writeFileSync(join(out, 'keep'), 'kept');
		expect(() => writeAtomic(out, 'new')).toThrow();
		expect(readdirSync(dir)).toEqual(['timeline.json']);
		expect(readFileSync(join(out, 'keep'), 'utf8')).toBe('kept');
	});
});
