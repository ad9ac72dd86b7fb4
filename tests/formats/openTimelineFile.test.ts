import { describe, expect, it } from 'vitest';
import { openTimelineText } from '../../src/formats/openTimelineFile.ts';
import { toDatelineJson } from '../../src/formats/datelineJson.ts';
import { toTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import { sample } from '../fixtures/formats/sample.ts';
import knightLab from '../fixtures/formats/timelinejs3-eras.json';

describe('openTimelineText', () => {
	it('opens a Dateline file as written by the Dateline JSON export', () => {
		const result = openTimelineText(toDatelineJson(sample));
		expect(result).toEqual({ ok: true, timeline: sample, format: 'dateline', warnings: [] });
	});

	it('opens a file that starts with a byte order mark', () => {
		const result = openTimelineText(`\uFEFF${toDatelineJson(sample)}`);
		expect(result.ok).toBe(true);
	});

	it('recognises TimelineJS3 JSON, ours or a foreign one', () => {
		const ours = openTimelineText(toTimelineJs3(sample));
		expect(ours.ok && ours.format).toBe('timelinejs3');
		expect(ours.ok && ours.timeline).toEqual(sample);
		const foreign = openTimelineText(JSON.stringify(knightLab));
		expect(foreign.ok && foreign.timeline.events.length).toBe(20);
	});

	it.each([
		[
			{ ...sample, schemaVersion: 7 },
			'This timeline uses schema version 7; Dateline reads version 1.',
		],
		[
			{ ...sample, schemaVersion: '1' },
			'This timeline uses schema version "1"; Dateline reads version 1.',
		],
		[
			{ ...sample, schemaVersion: null },
			'This timeline uses schema version null; Dateline reads version 1.',
		],
	])('refuses an unknown schemaVersion, naming it and the versions it reads', (data, message) => {
		expect(openTimelineText(JSON.stringify(data))).toEqual({ ok: false, message });
	});

	it.each([
		['text that is not JSON', 'Dear diary', /^This file is not JSON \(/],
		['an empty file', '', /^This file is not JSON/],
		['a JSON array', '[1, 2]', /not a timeline: it holds no object/],
		['a JSON number', '42', /not a timeline/],
		[
			'an unrelated object',
			'{"name": "package"}',
			/neither a Dateline file .* nor a TimelineJS3 file/,
		],
		['events without start dates', '{"events": [{"title": "x"}]}', /nor a TimelineJS3 file/],
	])('refuses %s with a readable message', (_, text, message) => {
		const result = openTimelineText(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(message);
	});

	it('refuses a damaged Dateline file, listing what is wrong', () => {
		const broken = { ...sample, events: [{ ...sample.events[0], start: '2021-13-01' }] };
		const result = openTimelineText(JSON.stringify(broken));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(
			/^This Dateline file is damaged: events\.0\.start: /,
		);
	});
});
