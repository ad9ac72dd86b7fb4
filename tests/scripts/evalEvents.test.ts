import { describe, expect, it } from 'vitest';
import {
	addScore,
	baselineEvents,
	calendarDate,
	documentSentences,
	emptyTally,
	evaluateDocument,
	goldItems,
	matchesGold,
	metrics,
	scoreDocument,
	type GoldItem,
	type SystemEvent,
} from '../../scripts/eval-events.ts';
import { parseTml } from '../../scripts/eval.ts';

const timex = (tid: string, type: string, value: string, phrase: string) =>
	`<TIMEX3 tid="${tid}" type="${type}" value="${value}">${phrase}</TIMEX3>`;
const event = (n: number, word: string) => `<EVENT eid="e${n}" class="OCCURRENCE">${word}</EVENT>`;
const link = (rel: string, from: string, to: string) => {
	const side = (id: string, first: boolean) =>
		id.startsWith('t')
			? `${first ? 'timeID' : 'relatedToTime'}="${id}"`
			: `${first ? 'eventInstanceID' : 'relatedToEventInstance'}="${id}"`;
	return `<TLINK lid="l" relType="${rel}" ${side(from, true)} ${side(to, false)} />`;
};

type Link = [rel: string, from: string, to: string];

const strikeDocument = (links: Link[]) => `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="TIME" value="2001-04-12T08:15:00" functionInDocument="CREATION_TIME">04/12/2001 08:15</TIMEX3></DCT>
<TEXT>
Harbour workers ${event(1, 'walked')} out on ${timex('t1', 'DATE', '2001-04-10', 'April 10, 2001')}. The port authority ${event(2, 'said')} ${timex('t8', 'DATE', '2001-04-12', 'today')} it would ${event(3, 'meet')} them ${timex('t2', 'DATE', 'FUTURE_REF', 'soon')}. The dispute ${event(4, 'began')} in ${timex('t3', 'DATE', '2000-11', 'November 2000')} and ${event(5, 'flared')} in ${timex('t4', 'DATE', '2001-Q1', 'the first quarter')}. Dockers ${event(6, 'struck')} twice in ${timex('t5', 'DATE', '2000', '2000')}, each time for ${timex('t6', 'DURATION', 'P2W', 'two weeks')}. Wages &amp; hours ${event(7, 'were')} argued over ${timex('t7', 'TIME', '2001-04-11TMO', 'yesterday morning')}.
</TEXT>
${[1, 2, 3, 4, 5, 6, 7].map((n) => `<MAKEINSTANCE eventID="e${n}" eiid="ei${n}" tense="PAST" />`).join('\n')}
${links.map(([rel, from, to]) => link(rel, from, to)).join('\n')}
</TimeML>`;

const DCT = '2001-04-12';

// One link at a time, so that no other link can hide a wrong reading.
const LINKS: Array<[Link, Array<[number, string, boolean]>]> = [
	[['IS_INCLUDED', 'ei1', 't1'], [[0, '2001-04-10', false]]],
	[['DURING_INV', 'ei1', 't0'], []],
	[['INCLUDES', 't0', 'ei2'], [[1, DCT, true]]],
	[['SIMULTANEOUS', 'ei3', 't0'], [[1, DCT, true]]],
	[['IS_INCLUDED', 'ei3', 't2'], []],
	[['BEGUN_BY', 't3', 'ei4'], [[2, '2000-11', false]]],
	[['BEGINS', 't3', 'ei4'], []],
	[['ENDS', 'ei4', 't3'], [[2, '2000-11', false]]],
	[['ENDED_BY', 't3', 'ei4'], [[2, '2000-11', false]]],
	[['BEFORE', 'ei4', 't0'], []],
	[['AFTER', 't0', 'ei4'], []],
	[['IS_INCLUDED', 'ei5', 't4'], []],
	[['IS_INCLUDED', 't3', 'ei5'], []],
	[['INCLUDES', 'ei5', 't3'], []],
	[['IS_INCLUDED', 'ei6', 't5'], [[3, '2000', false]]],
	[['DURING', 'ei6', 't6'], []],
	[['DURING', 't5', 'ei6'], [[3, '2000', false]]],
	[['IS_INCLUDED', 'ei7', 't7'], []],
	[['DURING_INV', 't0', 'ei7'], [[4, DCT, true]]],
	[['IDENTITY', 'ei7', 't0'], [[4, DCT, true]]],
	[['BEFORE', 'ei1', 'ei2'], []],
];

const tml = strikeDocument(LINKS.map(([l]) => l));

describe('calendarDate', () => {
	it.each([
		['1998', { value: '1998', precision: 'year' }],
		['1998-10', { value: '1998-10', precision: 'month' }],
		['1998-10-23', { value: '1998-10-23', precision: 'day' }],
		['1998-11-20T19:30', { value: '1998-11-20', precision: 'day' }],
		['1998-10-23TNI', { value: '1998-10-23', precision: 'day' }],
		['PRESENT_REF', undefined],
		['XXXX-10-23', undefined],
		['1998-XX', undefined],
		['P1Y', undefined],
		['1998-W02', undefined],
		['1998-Q1', undefined],
		['1998-SU', undefined],
		['199X', undefined],
		['199', undefined],
		['1998-13', undefined],
	])('reads %s as %o', (value, expected) => {
		expect(calendarDate(value)).toEqual(expected);
	});
});

describe('matchesGold', () => {
	const gold = (value: string) => calendarDate(value)!;
	it.each([
		['1998-10-23', 'day', '1998-10-23', true],
		['1998-10-23', 'day', '1998-10', true],
		['1998-10-23', 'day', '1998', true],
		['1998-10-23T19:30', 'minute', '1998-10-23', true],
		['1998-10-24', 'day', '1998-10-23', false],
		['1998-11-23', 'day', '1998-10', false],
		['1998', 'year', '1998-10-23', false],
		['1998-10', 'month', '1998-10-23', false],
		['1990', 'decade', '1990', false],
	] as const)('an event at %s (%s) against gold %s: %s', (start, precision, value, expected) => {
		expect(matchesGold(start, precision, gold(value))).toBe(expected);
	});
});

describe('documentSentences', () => {
	it('gives sentences in the offsets of the text before repairs', () => {
		const text = 'The war ended.Peace came in 1953slowly.';
		expect(documentSentences(text).map((s) => [s.start, s.end, s.text])).toEqual([
			[0, 14, 'The war ended.'],
			[14, 39, 'Peace came in 1953slowly.'],
		]);
	});
});

describe('goldItems', () => {
	const doc = parseTml('strike', tml);
	const sentences = documentSentences(doc.text);
	const triples = (xml: string) =>
		goldItems(xml, sentences).map((i) => [i.sentence, i.date.value, i.fromDct]);

	it('splits the test document into the five sentences the triples refer to', () => {
		expect(sentences.map((s) => s.text.split(' ')[0])).toEqual([
			'Harbour',
			'The',
			'The',
			'Dockers',
			'Wages',
		]);
	});

	it.each(LINKS)('reads %j as %j', (one, expected) => {
		expect(triples(strikeDocument([one]))).toEqual(expected);
	});

	it.each([
		['before', 't0', 't8'],
		['after', 't8', 't0'],
	])(
		'marks a triple as linked to the creation time when that link comes %s a dated TIMEX3 of the same day',
		(_, first, second) => {
			const xml = strikeDocument([
				['IS_INCLUDED', 'ei2', first],
				['IS_INCLUDED', 'ei2', second],
			]);
			expect(triples(xml)).toEqual([[1, DCT, true]]);
		},
	);

	it('keeps one triple per sentence and date, at the precision the value states', () => {
		const items = goldItems(tml, sentences);
		expect(items.map((i) => [i.sentence, i.date.value, i.date.precision, i.fromDct])).toEqual([
			[0, '2001-04-10', 'day', false],
			[1, DCT, 'day', true],
			[2, '2000-11', 'month', false],
			[3, '2000', 'year', false],
			[4, DCT, 'day', true],
		]);
	});
});

describe('scoreDocument', () => {
	const day = (value: string): GoldItem['date'] => calendarDate(value)!;
	const items: GoldItem[] = [
		{ sentence: 0, date: day('2001-04-10'), fromDct: false },
		{ sentence: 1, date: day('2001-04-12'), fromDct: true },
		{ sentence: 2, date: day('2000-11'), fromDct: false },
		{ sentence: 3, date: day('2000'), fromDct: false },
	];
	const system: SystemEvent[] = [
		{ start: '2001-04-10', precision: 'day', sentences: [0] },
		{ start: '2001-04', precision: 'month', sentences: [1] },
		{ start: '2000-11-03', precision: 'day', sentences: [2] },
		{ start: '1999', precision: 'year', sentences: [2, 7] },
		{ start: '2001-04-12', precision: 'day', sentences: [7] },
	];

	it('counts a match, a too-coarse date and a wrong date over pairs in gold sentences only', () => {
		const s = scoreDocument(items, system);
		expect(s.items.map((i) => i.matched)).toEqual([true, false, true, false]);
		expect(s.pairs.map((p) => [p.sentence, p.matched])).toEqual([
			[0, true],
			[1, false],
			[2, true],
			[2, false],
		]);
		const t = emptyTally();
		addScore(t, s);
		expect(t).toEqual({ sentences: 4, covered: 3, gold: 4, recalled: 2, pairs: 4, correct: 2 });
		const m = metrics(t);
		expect([m.coverage, m.p, m.r, m.f1]).toEqual([0.75, 0.5, 0.5, 0.5]);
	});

	it('scores the baseline as one day-precise event on the document date per gold sentence', () => {
		const baseline = baselineEvents(items, '2001-04-12');
		expect(baseline).toHaveLength(4);
		const t = emptyTally();
		addScore(t, scoreDocument(items, baseline));
		expect(metrics(t)).toEqual({ coverage: 1, p: 0.25, r: 0.25, f1: 0.25 });
	});
});

describe('evaluateDocument', () => {
	const result = evaluateDocument('strike', tml);

	it('runs the extractor with the gold creation date and credits the stated full date', () => {
		expect(result.doc.dct).toBe('2001-04-12');
		expect(result.dateline.items[0]).toMatchObject({ sentence: 0, matched: true });
	});

	it('places each Dateline event in the sentence its source comes from', () => {
		const stated = result.system.find((e) => e.start === '2001-04-10');
		expect(stated?.sentences).toEqual([0]);
	});

	it('credits the baseline with exactly the items linked to the creation time', () => {
		expect(result.baseline.items.map((i) => i.matched)).toEqual(result.items.map((i) => i.fromDct));
	});
});
