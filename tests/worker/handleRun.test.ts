// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTimeline, type ArticleInput } from '../../src/extract/pipeline.ts';
import { handleRun } from '../../src/worker/handleRun.ts';
import type { WorkerReply } from '../../src/worker/messages.ts';

const seed: ArticleInput = {
	id: 'seed',
	path: 'seeds/000_6c3584f2b4dfd327.txt',
	text: readFileSync('seeds/000_6c3584f2b4dfd327.txt', 'utf8'),
};

function run(inputs: ArticleInput[]): WorkerReply[] {
	const replies: WorkerReply[] = [];
	handleRun(inputs, (reply) => replies.push(reply));
	return replies;
}

describe('handleRun', () => {
	it('posts the same timeline and warnings as extracting in-process, as its last message', () => {
		const replies = run([seed]);
		expect(replies.at(-1)).toEqual({ type: 'done', ...extractTimeline([seed]) });
	});

	it('posts exactly one final message, after every progress message', () => {
		const kinds = run([seed, { ...seed, id: 'copy' }]).map((r) => r.type);
		expect(kinds.filter((k) => k !== 'progress')).toEqual(['done']);
		expect(kinds.at(-1)).toBe('done');
	});

	it('posts progress fractions that rise strictly within 0 to 1 and end at 1', () => {
		const fractions = run([seed, { ...seed, id: 'copy' }]).flatMap((r) =>
			r.type === 'progress' ? [r.fraction] : [],
		);
		expect(fractions.length).toBeGreaterThan(1);
		expect(fractions.at(-1)).toBe(1);
		for (const [i, f] of fractions.entries()) {
			expect(f).toBeGreaterThan(i === 0 ? -Infinity : fractions[i - 1]!);
			expect(f).toBeGreaterThanOrEqual(0);
			expect(f).toBeLessThanOrEqual(1);
		}
	});

	it('posts an error message instead of throwing when the inputs are not articles', () => {
		const replies = run(null as unknown as ArticleInput[]);
		expect(replies).toHaveLength(1);
		expect(replies[0]).toMatchObject({ type: 'error', message: expect.any(String) });
	});
});
