import { describe, expect, it } from 'vitest';
import {
	MAX_TIMELINE_BYTES,
	openTimelineText,
	readTimelineFile,
} from '../../src/formats/openTimelineFile.ts';
import { toDatelineJson } from '../../src/formats/datelineJson.ts';
import { toTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { undatedSample } from '../fixtures/formats/undatedSample.ts';
import knightLab from '../fixtures/formats/timelinejs3-eras.json';

describe('openTimelineText', () => {
	it('opens a Dateline file as written by the Dateline JSON export', () => {
		const result = openTimelineText(toDatelineJson(sample));
		expect(result).toEqual({ ok: true, timeline: sample, format: 'dateline', warnings: [] });
	});

	it('opens a version 1 Dateline file, upgraded to the current version', () => {
		const { undated: _, ...v1 } = { ...sample, schemaVersion: 1 };
		const result = openTimelineText(JSON.stringify(v1));
		expect(result).toEqual({ ok: true, timeline: sample, format: 'dateline', warnings: [] });
	});

	it('opens a file with an article of unknown date and its undated events', () => {
		const result = openTimelineText(toDatelineJson(undatedSample));
		expect(result.ok && result.timeline).toEqual(undatedSample);
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
			'This timeline uses schema version 7; Dateline reads versions 1, 2.',
		],
		[
			{ ...sample, schemaVersion: '1' },
			'This timeline uses schema version "1"; Dateline reads versions 1, 2.',
		],
		[
			{ ...sample, schemaVersion: null },
			'This timeline uses schema version null; Dateline reads versions 1, 2.',
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

describe('readTimelineFile', () => {
	it('opens a file the way openTimelineText opens its text', async () => {
		const file = new File([toDatelineJson(sample)], 'sample.json');
		expect(await readTimelineFile(file)).toEqual(openTimelineText(toDatelineJson(sample)));
	});

	it('refuses a file over the limit without reading it', async () => {
		const file = new File(['{}'], 'huge.json');
		Object.defineProperty(file, 'size', { value: MAX_TIMELINE_BYTES + 1 });
		file.text = () => Promise.reject(new Error('read a file it should have refused'));
		const result = await readTimelineFile(file);
		expect(result).toEqual({
			ok: false,
			message: 'it is 50 MB; Dateline opens timeline files up to 50 MB.',
		});
	});

	it('says so when the file cannot be read', async () => {
		const file = new File(['{}'], 'gone.json');
		file.text = () => Promise.reject(new Error('NotReadableError'));
		expect(await readTimelineFile(file)).toEqual({
			ok: false,
			message: 'the file could not be read.',
		});
	});
});
