import { describe, expect, it } from 'vitest';
import { foldLine, toIcs } from '../../src/formats/ics.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { undatedSample } from '../fixtures/formats/undatedSample.ts';

const encoder = new TextEncoder();

/** RFC 5545 §3.1 unfolding, then each VEVENT's properties with TEXT values unescaped. */
function readEvents(ics: string): Record<string, string>[] {
	const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
	const events: Record<string, string>[] = [];
	let current: Record<string, string> | undefined;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = {};
		else if (line === 'END:VEVENT') (events.push(current!), (current = undefined));
		else if (current) {
			const colon = line.indexOf(':');
			current[line.slice(0, colon)] = line
				.slice(colon + 1)
				.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
		}
	}
	return events;
}

describe('toIcs', () => {
	const ics = toIcs(sample);
	const events = readEvents(ics);
	const byUid = (id: string) => events.find((e) => e.UID === `${id}@dateline`)!;

	it('is a VCALENDAR with CRLF line ends and one VEVENT per event', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics).not.toMatch(/[^\r]\n/);
		expect(events.map((e) => e.UID)).toEqual(sample.events.map((e) => `${e.id}@dateline`));
	});

	it('folds every line at 75 octets', () => {
		for (const line of ics.split('\r\n'))
			expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
		expect(ics).toMatch(/\r\n /);
	});

	it.each([
		['talks-begin', '20210503', '20210504'],
		['summit', '20210601', '20210801'],
		['fifties', '19500101', '19600101'],
		['armistice', '19530727', '19530728'],
		['minutes', '20200319', '20210802'],
	])('writes %s as an all-day event from %s to the exclusive end %s', (id, start, end) => {
		expect(byUid(id)['DTSTART;VALUE=DATE']).toBe(start);
		expect(byUid(id)['DTEND;VALUE=DATE']).toBe(end);
	});

	it('reads back every title as SUMMARY, with commas, semicolons and backslashes escaped', () => {
		expect(events.map((e) => e.SUMMARY)).toEqual(sample.events.map((e) => e.title));
		expect(ics).toContain('SUMMARY:Summit\\, "a turning point"');
		expect(byUid('summit').DESCRIPTION).toContain('It ran;\nand ran, with a backslash \\ too.');
	});

	it('stamps events with the newest article date, so the same timeline gives the same file', () => {
		expect(new Set(events.map((e) => e.DTSTAMP))).toEqual(new Set(['20210802T000000Z']));
		expect(toIcs(structuredClone(sample))).toBe(ics);
	});

	it('leaves out events before year 1, which iCalendar cannot write', () => {
		const bc = {
			...sample,
			events: [{ ...sample.events[0]!, id: 'caesar', start: '-0043-03-15' }],
		};
		expect(readEvents(toIcs(bc))).toEqual([]);
	});
});

describe('toIcs with an article of unknown date', () => {
	const ics = toIcs(undatedSample);

	it('writes the dated events only, since an undated event has no day to be on', () => {
		expect(readEvents(ics).map((e) => e.UID)).toEqual(
			undatedSample.events.map((e) => `${e.id}@dateline`),
		);
	});

	it('stamps with the newest known article date, passing over the unknown one', () => {
		expect(toIcs(undatedSample)).toContain(`DTSTAMP:${toIcs(sample).match(/DTSTAMP:(\S+)/)![1]}`);
	});
});

describe('foldLine', () => {
	it('never splits a multi-byte character and keeps the text when unfolded', () => {
		const line = `SUMMARY:${'Ünïcödé 😀 '.repeat(20)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n'))
			expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});

	it('leaves a short line alone', () => {
		expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
	});
});
