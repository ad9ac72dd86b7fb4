// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	compareIso,
	KNOWN_SCHEMA_VERSIONS,
	parseTimeline,
	SCHEMA_VERSION,
	validateTimeline,
	type Timeline,
} from '../src/timeline.ts';

const TEXT = 'Korean War anniversary\nThe war ended on 27 July 1953. It began in 1950.';

/** A small timeline that satisfies the contract; each case below breaks one thing in a fresh copy. */
function valid(): Timeline {
	const phrase = '27 July 1953';
	const at = TEXT.indexOf(phrase);
	const sentenceStart = TEXT.indexOf('The war');
	const source = {
		document: 'seed-1',
		sentenceStart,
		sentenceEnd: TEXT.indexOf(' It began'),
		phraseStart: at,
		phraseEnd: at + phrase.length,
	};
	return {
		schemaVersion: SCHEMA_VERSION,
		documents: [
			{
				id: 'seed-1',
				title: 'Korean War anniversary',
				path: 'seeds/seed-1.txt',
				text: TEXT,
				creationDate: { value: '2023-07-27', inferred: false, evidence: '--dct' },
				mentions: [
					{ start: at, end: at + phrase.length, text: phrase, type: 'DATE', value: '1953-07-27' },
				],
			},
		],
		events: [
			{
				id: 'armistice',
				title: 'The war ended',
				summary: 'The war ended on 27 July 1953.',
				start: '1953-07-27',
				precision: 'day',
				approximate: false,
				derivation: 'explicit',
				explanation: 'stated in the text',
				confidence: 0.9,
				sources: [source],
			},
		],
		eras: [
			{
				id: 'korean-war',
				title: 'Korean War',
				start: '1950',
				end: '1953-07-27',
				approximate: true,
				explanation: 'from 1950 to the armistice',
				sources: [source],
			},
		],
		undated: [],
	};
}

type Mutation = (t: Timeline) => unknown;
const first = <T>(items: T[]): T => items[0] as T;

describe('validateTimeline', () => {
	it('accepts a minimal valid timeline and returns it typed', () => {
		const result = validateTimeline(valid());
		expect(result).toEqual({ ok: true, timeline: valid() });
	});

	it('accepts an empty timeline', () => {
		const empty = {
			schemaVersion: SCHEMA_VERSION,
			documents: [],
			events: [],
			eras: [],
			undated: [],
		};
		expect(validateTimeline(empty).ok).toBe(true);
	});

	it.each<[string, string]>([
		['1953', 'year'],
		['1953-07', 'month'],
		['1953-07-27T10:30', 'minute'],
		['-0044-03-15', 'a negative year'],
		['2024-02-29', 'a leap day'],
		['2000-02-29', 'a leap day in a year divisible by 400'],
		['1953-04-30', 'the last day of a 30-day month'],
	])('accepts the ISO date %s (%s)', (start) => {
		const t = valid();
		first(t.events).start = start;
		expect(validateTimeline(t).ok).toBe(true);
	});

	it.each<[string, Mutation, string]>([
		[
			'a newer schemaVersion',
			(t) => ({ ...t, schemaVersion: 3 }),
			'unsupported schemaVersion 3 (this app reads 2)',
		],
		['a missing schemaVersion', ({ schemaVersion: _, ...rest }) => rest, 'schemaVersion: '],
		['events that are not a list', (t) => ({ ...t, events: {} }), 'events: '],
		[
			'a month 13',
			(t) => void (first(t.events).start = '1953-13-01'),
			'events.0.start: must be an ISO date',
		],
		[
			'a 30 February',
			(t) => void (first(t.events).start = '2023-02-30'),
			'events.0.start: must be a real calendar date',
		],
		[
			'a 29 February outside a leap year',
			(t) => void (first(t.events).end = '1900-02-29'),
			'events.0.end: must be a real calendar date',
		],
		[
			'a 31 April in an era',
			(t) => void (first(t.eras).start = '2023-04-31'),
			'eras.0.start: must be a real calendar date',
		],
		[
			'an impossible creation date',
			(t) => void (first(t.documents).creationDate.value = '2023-06-31'),
			'documents.0.creationDate.value: must be a real calendar date',
		],
		[
			'a date written in words',
			(t) => void (first(t.events).start = '27 July 1953'),
			'events.0.start: must be an ISO date',
		],
		[
			'a bad era end',
			(t) => void (first(t.eras).end = '1953/07/27'),
			'eras.0.end: must be an ISO date',
		],
		[
			'a bad creation date',
			(t) => void (first(t.documents).creationDate.value = '2023-07'),
			'documents.0.creationDate.value: must be YYYY-MM-DD',
		],
		[
			'an unknown precision',
			(t) => void Object.assign(first(t.events), { precision: 'week' }),
			'events.0.precision: ',
		],
		[
			'an unknown derivation',
			(t) => void Object.assign(first(t.events), { derivation: 'guess' }),
			'events.0.derivation: ',
		],
		[
			'a confidence above 1',
			(t) => void (first(t.events).confidence = 1.5),
			'events.0.confidence: ',
		],
		['an event with no source', (t) => void (first(t.events).sources = []), 'events.0.sources: '],
		['an empty event title', (t) => void (first(t.events).title = ''), 'events.0.title: '],
		[
			'a negative offset',
			(t) => void (first(first(t.events).sources).phraseStart = -1),
			'events.0.sources.0.phraseStart: ',
		],
		[
			'a fractional offset',
			(t) => void (first(first(t.events).sources).sentenceEnd = 3.5),
			'events.0.sources.0.sentenceEnd: ',
		],
		[
			'an event ending before it starts',
			(t) => void (first(t.events).end = '1950-06-25'),
			'armistice: end 1950-06-25 is before start 1953-07-27',
		],
		[
			'an era ending before it starts',
			(t) => void (first(t.eras).start = '1960'),
			'korean-war: end 1953-07-27 is before start 1960',
		],
		[
			'a sentence past the end of the text',
			(t) => void (first(first(t.events).sources).sentenceEnd = TEXT.length + 1),
			`armistice.sources[0]: sentence offsets`,
		],
		[
			'a phrase past the end of the text',
			(t) => void (first(first(t.eras).sources).phraseEnd = 9999),
			'korean-war.sources[0]: phrase offsets',
		],
		[
			'a phrase that ends before it starts',
			(t) => void (first(first(t.events).sources).phraseEnd = 0),
			'armistice.sources[0]: phrase offsets',
		],
		[
			'a mention whose offsets do not slice its text',
			(t) => void (first(first(t.documents).mentions).start += 1),
			'documents.seed-1.mentions[0]: offsets do not slice "27 July 1953"',
		],
		[
			'a mention that ends before it starts',
			(t) => void Object.assign(first(first(t.documents).mentions), { start: 5, end: 2, text: '' }),
			'documents.seed-1.mentions[0]: ',
		],
		[
			'a mention past the end of the text',
			(t) =>
				void Object.assign(first(first(t.documents).mentions), { start: 500, end: 500, text: '' }),
			'documents.seed-1.mentions[0]: ',
		],
		[
			'a source in an unknown document',
			(t) => void (first(first(t.events).sources).document = 'ghost'),
			'armistice.sources[0]: unknown document "ghost"',
		],
		[
			'two documents with one id',
			(t) => void t.documents.push({ ...first(t.documents) }),
			'documents: duplicate id',
		],
		[
			'an event and an era with one id',
			(t) => void (first(t.eras).id = 'armistice'),
			'duplicate event or era id "armistice"',
		],
		[
			'two events with one id',
			(t) => void t.events.push({ ...first(t.events) }),
			'duplicate event or era id "armistice"',
		],
		[
			'a document id with a space',
			(t) => void (first(t.documents).id = 'seed 1'),
			'documents.0.id: must be URL-safe',
		],
		[
			'an event id with a slash',
			(t) => void (first(t.events).id = 'a/b'),
			'events.0.id: must be URL-safe',
		],
		[
			'an era id with a non-ASCII letter',
			(t) => void (first(t.eras).id = 'guerre-de-corée'),
			'eras.0.id: must be URL-safe',
		],
		['an empty id', (t) => void (first(t.events).id = ''), 'events.0.id: must be URL-safe'],
	])('reports %s', (_, mutate, message) => {
		const t = valid();
		const data = mutate(t) ?? t;
		const result = validateTimeline(data);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.some((e) => e.startsWith(message))).toBe(true);
	});

	it.each([null, 'timeline', 42])('reports %j as not a timeline object', (data) => {
		const result = validateTimeline(data);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.stringMatching(/^\(root\): Invalid type: Expected Object/),
		]);
	});

	it('reports an array by the fields it lacks', () => {
		const result = validateTimeline([]);
		expect(result.ok ? [] : result.errors).toContainEqual(
			expect.stringMatching(/^schemaVersion: /),
		);
	});

	it('reports every defect, not only the first', () => {
		const t = valid();
		first(t.events).start = 'soon';
		first(t.eras).id = 'a b';
		const result = validateTimeline(t);
		expect(result.ok ? [] : result.errors).toEqual([
			'events.0.start: must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)',
			'eras.0.id: must be URL-safe',
		]);
	});

	it('tells a string schemaVersion apart from the number it should be', () => {
		const result = validateTimeline({ ...valid(), schemaVersion: '1' });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors).toEqual(['unsupported schemaVersion "1" (this app reads 2)']);
	});
});

/** `valid()` with its document's date unknown and one event waiting for it. */
function undated(): Timeline {
	const t = valid();
	const doc = first(t.documents);
	doc.creationDate = { value: null, inferred: true, evidence: 'no date found in the text' };
	const source = first(first(t.events).sources);
	t.undated.push({
		id: 'the-war-ended-undated',
		title: 'The war ended',
		summary: 'The war ended.',
		document: doc.id,
		explanation: '"today" counts from the article\'s date, which is unknown',
		confidence: 0.85,
		sources: [source],
	});
	return t;
}

/** A version 1 file as version 1 wrote it: no `undated`, every document dated. */
function versionOne(): Record<string, unknown> {
	const { undated: _, ...rest } = valid();
	return { ...rest, schemaVersion: 1 };
}

describe('validateTimeline with an unknown document date', () => {
	it('accepts a document whose creation date is null, with its undated events', () => {
		expect(validateTimeline(undated())).toEqual({ ok: true, timeline: undated() });
	});

	it.each(['reported', 'narrative'])('accepts the derivation %s', (derivation) => {
		const t = valid();
		Object.assign(first(t.events), { derivation });
		expect(validateTimeline(t).ok).toBe(true);
	});

	it.each<[string, Mutation, string]>([
		[
			'an undated event of a dated document',
			(t) => void (first(t.documents).creationDate.value = '2023-07-27'),
			'the-war-ended-undated: undated, but document "seed-1" has a date',
		],
		[
			'an undated event of an unknown document',
			(t) => void (first(t.undated).document = 'ghost'),
			'the-war-ended-undated: unknown document "ghost"',
		],
		[
			'an undated event whose source is outside the text',
			(t) => void (first(first(t.undated).sources).phraseEnd = 9999),
			'the-war-ended-undated.sources[0]: phrase offsets',
		],
		[
			'an undated event sharing an id with an event',
			(t) => void (first(t.undated).id = 'armistice'),
			'duplicate event or era id "armistice"',
		],
		[
			'an undated event with no source',
			(t) => void (first(t.undated).sources = []),
			'undated.0.sources: ',
		],
		[
			'an undated event with an empty title',
			(t) => void (first(t.undated).title = ''),
			'undated.0.title: ',
		],
		['a timeline without the undated list', ({ undated: _, ...rest }) => rest, 'undated: '],
	])('reports %s', (_, mutate, message) => {
		const t = undated();
		const data = mutate(t) ?? t;
		const result = validateTimeline(data);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.some((e) => e.startsWith(message))).toBe(true);
	});
});

describe('reading version 1 files', () => {
	it('upgrades a version 1 file to the current version with no undated events', () => {
		expect(validateTimeline(versionOne())).toEqual({ ok: true, timeline: valid() });
	});

	it('lists version 1 among the versions it reads', () => {
		expect(KNOWN_SCHEMA_VERSIONS).toEqual([1, SCHEMA_VERSION]);
	});

	it('still checks an upgraded file against the contract', () => {
		const data = versionOne();
		(data.events as Timeline['events'])[0]!.start = 'soon';
		const result = validateTimeline(data);
		expect(result.ok ? [] : result.errors).toEqual([
			'events.0.start: must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)',
		]);
	});

	it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
		'refuses the schemaVersion %j without looking it up as a migration',
		(version) => {
			const data = JSON.parse(`{"schemaVersion":${JSON.stringify(version)}}`);
			const result = validateTimeline(data);
			expect(result).toEqual({
				ok: false,
				errors: [`unsupported schemaVersion ${JSON.stringify(version)} (this app reads 2)`],
			});
		},
	);
});

describe('parseTimeline', () => {
	it('parses and validates a JSON string', () => {
		expect(parseTimeline(JSON.stringify(valid()))).toEqual({ ok: true, timeline: valid() });
	});

	it.each([
		['truncated JSON', JSON.stringify(valid()).slice(0, 50)],
		['an empty string', ''],
		['HTML from a wrong URL', '<!doctype html><title>404</title>'],
	])('reports %s as malformed JSON without throwing', (_, json) => {
		const result = parseTimeline(json);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^not valid JSON: /)]);
	});

	it('reports contract defects in well-formed JSON', () => {
		const result = parseTimeline(JSON.stringify({ ...valid(), schemaVersion: 99 }));
		expect(result).toEqual({
			ok: false,
			errors: ['unsupported schemaVersion 99 (this app reads 2)'],
		});
	});
});

describe('compareIso', () => {
	it.each<[string, string, number]>([
		['1950', '1953', -1],
		['1953-07-27', '1953-07', 1],
		['1953-07', '1953-07-27', -1],
		['1953-07-27', '1953-07-27', 0],
		['-0044-03-15', '0001', -1],
		['-0100', '-0044', -1],
		['1953-07-27T10:00', '1953-07-27T09:59', 1],
		['999', '1000', -1],
	])('orders %s against %s as %i', (a, b, sign) => {
		expect(Math.sign(compareIso(a, b))).toBe(sign);
	});
});
