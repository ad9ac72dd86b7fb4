import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/app/loadTimeline.ts';
import { SCHEMA_VERSION } from '../../src/timeline.ts';
import seedLikeJson from '../fixtures/app/seed-like.timeline.json';

const answer = (body: string, status = 200) =>
	(async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loadTimeline', () => {
	it('returns a valid timeline', async () => {
		const r = await loadTimeline('t.json', answer(JSON.stringify(seedLikeJson)));
		expect(r.ok && r.timeline.events.length).toBe(seedLikeJson.events.length);
	});

	it('opens a version 1 file, upgraded to the current version with nothing undated', async () => {
		const r = await loadTimeline('t.json', answer(JSON.stringify(seedLikeJson)));
		expect(seedLikeJson.schemaVersion).toBe(1);
		expect(r.ok && r.timeline.schemaVersion).toBe(SCHEMA_VERSION);
		expect(r.ok && r.timeline.undated).toEqual([]);
	});

	it.each([
		['an HTTP error', answer('', 404), 'answered HTTP 404', []],
		['broken JSON', answer('{'), 'not valid', ['not valid JSON']],
		[
			'a wrong schema version',
			answer('{"schemaVersion":3}'),
			'not valid',
			['unsupported schemaVersion 3'],
		],
	])('explains %s', async (_, fetcher, message, problems) => {
		const r = await loadTimeline('t.json', fetcher);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.message).toContain(message);
		problems.forEach((p, i) => expect(r.problems[i]).toContain(p));
	});

	it('explains a network failure', async () => {
		const r = await loadTimeline('t.json', (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch);
		expect(r).toEqual({
			ok: false,
			message: 'Could not load the timeline from t.json.',
			problems: ['Failed to fetch'],
		});
	});
});
