/**
 * Scores Dateline's events, not its date phrases, on a TimeML corpus. A gold item is a
 * (document, sentence, date) triple: an EVENT that a TLINK places inside, at, or at an edge of a
 * calendar date (a DATE TIMEX3 or the creation time) takes that date, at the precision the value
 * states. Reports sentence coverage, dated recall, precision over Dateline's events sourced in gold
 * sentences and F1, next to the baseline "every event on the document date" scored the same way.
 * Usage: npm run eval:events -- ../shared/corpora/tbaq [--limit N] [--verbose]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { extractDocument } from '../src/extract/pipeline.ts';
import { repairText, toOriginalOffset } from '../src/extract/repair.ts';
import { segment } from '../src/extract/segment.ts';
import type { SentenceKind } from '../src/extract/types.ts';
import type { Precision } from '../src/timeline.ts';
import { attributes, corpusRun, decodeEntities, parseTml, type Span } from './eval.ts';

/** A calendar date as a TIMEX3 value states it: `1998`, `1998-10` or `1998-10-23`. */
export interface GoldDate {
	value: string;
	precision: 'year' | 'month' | 'day';
}

/** One gold triple of a document; `sentence` indexes `documentSentences(text)`. */
export interface GoldItem {
	sentence: number;
	date: GoldDate;
	/** True when a link to the creation time gave the date (the baseline's easy case). */
	fromDct: boolean;
}

/** A Dateline event (or a baseline guess) and the sentences its sources overlap. */
export interface SystemEvent {
	start: string;
	precision: Precision;
	sentences: number[];
	/** Where its date phrases are (plain-text offsets); the baseline has none. */
	phrases?: Array<{ start: number; end: number }>;
}

/** A sentence of the plain text, in its offsets (not the repaired text's). */
export interface TextSentence {
	start: number;
	end: number;
	text: string;
	/** Only body sentences yield Dateline events; a gold item in a headline is a miss by design. */
	kind: SentenceKind;
}

// What an event→time link must say for the event to take the time's date. DURING counts from either
// side, as the issue asks: TBAQ's annotators use it for "holds within that time" whichever side comes
// first. DURING_INV (absent from TBAQ) is DURING seen from the other side, so it counts only when the
// time comes first; event DURING_INV time puts the time inside the event, which INCLUDES does not count.
const TAKES_DATE = new Set(['IS_INCLUDED', 'DURING', 'SIMULTANEOUS', 'BEGINS', 'ENDS', 'IDENTITY']);

// time→event links read from the event's side.
const INVERSE: Record<string, string> = {
	INCLUDES: 'IS_INCLUDED',
	IS_INCLUDED: 'INCLUDES',
	BEGUN_BY: 'BEGINS',
	BEGINS: 'BEGUN_BY',
	ENDED_BY: 'ENDS',
	ENDS: 'ENDED_BY',
	DURING_INV: 'DURING',
};

const RANK: Record<Precision, number> = { decade: 0, year: 1, month: 2, day: 3, minute: 4 };

/**
 * The calendar date a TIMEX3 value states, or undefined. A time of day (`1998-11-20T19:30`,
 * `1998-11-20TNI`) counts at day precision. Weeks, quarters, halves and seasons are skipped: none
 * is a year, month or day, and scoring them at year precision would credit any date of the year.
 * Decades, centuries, `XXXX-…`, `PRESENT_REF` and durations state no calendar date.
 */
export function calendarDate(value: string): GoldDate | undefined {
	const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T.+)?)?)?$/.exec(value);
	if (!m) return undefined;
	if (m[3]) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
	if (m[2]) return { value: `${m[1]}-${m[2]}`, precision: 'month' };
	return { value: m[1]!, precision: 'year' };
}

/**
 * True when an event starting at `start` (known to `precision`) falls on the gold date at the
 * gold's precision. A coarser event never matches (a year does not claim a day); a finer one
 * matches when its truncation agrees (a day in 1998 matches the gold year 1998).
 */
export function matchesGold(start: string, precision: Precision, gold: GoldDate): boolean {
	return (
		RANK[precision] >= RANK[gold.precision] && start.slice(0, gold.value.length) === gold.value
	);
}

/** The segmenter's sentences of a plain text, mapped back from the repaired text it runs on. */
export function documentSentences(text: string): TextSentence[] {
	const repaired = repairText(text);
	return segment(repaired.text).map((s) => {
		const start = toOriginalOffset(repaired, s.start);
		const end = toOriginalOffset(repaired, s.end);
		return { start, end, text: text.slice(start, end), kind: s.kind };
	});
}

/** Offset of each EVENT (by eid) in the plain text that parseTml makes of <TEXT>. */
function eventOffsets(xml: string): Map<string, number> {
	const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
	const offsets = new Map<string, number>();
	let length = 0;
	let last = 0;
	for (const m of body.matchAll(/<[^>]+>/g)) {
		length += decodeEntities(body.slice(last, m.index)).length;
		last = m.index + m[0].length;
		const eid = /^<EVENT\b/.test(m[0]) ? attributes(m[0]).eid : undefined;
		if (eid) offsets.set(eid, length);
	}
	return offsets;
}

/** Dates the TIMEX3s give by tid: the creation time always, other TIMEX3s when of type DATE. */
function timeDates(xml: string): Map<string, { date: GoldDate; dct: boolean }> {
	const dates = new Map<string, { date: GoldDate; dct: boolean }>();
	for (const [tag] of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
		const a = attributes(tag);
		const dct = a.functionInDocument === 'CREATION_TIME';
		const date = dct || a.type === 'DATE' ? calendarDate(a.value ?? '') : undefined;
		if (a.tid && date) dates.set(a.tid, { date, dct });
	}
	return dates;
}

/** The de-duplicated gold triples of one .tml document, in sentence order. */
export function goldItems(xml: string, sentences: TextSentence[]): GoldItem[] {
	const offsets = eventOffsets(xml);
	const dates = timeDates(xml);
	const eventOf = new Map<string, string>();
	for (const [tag] of xml.matchAll(/<MAKEINSTANCE\b[^>]*>/g)) {
		const a = attributes(tag);
		if (a.eiid && a.eventID) eventOf.set(a.eiid, a.eventID);
	}
	const items = new Map<string, GoldItem>();
	for (const [tag] of xml.matchAll(/<TLINK\b[^>]*>/g)) {
		const a = attributes(tag);
		const [instance, tid, rel] = a.eventInstanceID
			? [a.eventInstanceID, a.relatedToTime, a.relType]
			: [a.relatedToEventInstance, a.timeID, INVERSE[a.relType ?? ''] ?? a.relType];
		const time = dates.get(tid ?? '');
		const offset = offsets.get(eventOf.get(instance ?? '') ?? '');
		if (!time || offset === undefined || !TAKES_DATE.has(rel ?? '')) continue;
		const sentence = sentences.findIndex((s) => s.start <= offset && offset < s.end);
		if (sentence < 0) continue;
		const key = `${sentence} ${time.date.value}`;
		const old = items.get(key);
		items.set(key, { sentence, date: time.date, fromDct: time.dct || (old?.fromDct ?? false) });
	}
	return [...items.values()].sort((x, y) => x.sentence - y.sentence);
}

/** Dateline's events for a parsed document, run as scripts/eval.ts runs the extractor. */
export function systemEvents(text: string, dct: string, sentences: TextSentence[]): SystemEvent[] {
	const repaired = repairText(text);
	const result = extractDocument({ id: 'doc', path: 'doc', text }, { dct });
	return result.events.map((e) => {
		const hit = new Set<number>();
		const phrases = e.sources.map((src) => ({
			start: toOriginalOffset(repaired, src.phraseStart),
			end: toOriginalOffset(repaired, src.phraseEnd),
		}));
		for (const src of e.sources) {
			const start = toOriginalOffset(repaired, src.sentenceStart);
			const end = toOriginalOffset(repaired, src.sentenceEnd);
			sentences.forEach((s, i) => {
				if (s.start < end && start < s.end) hit.add(i);
			});
		}
		const sorted = [...hit].sort((a, b) => a - b);
		return { start: e.start, precision: e.precision, sentences: sorted, phrases };
	});
}

/** The baseline: one event on the document date (day precision) in every gold sentence. */
export function baselineEvents(items: GoldItem[], dct: string): SystemEvent[] {
	const sentences = [...new Set(items.map((i) => i.sentence))];
	return sentences.map((s) => ({ start: dct, precision: 'day', sentences: [s] }));
}

/** One document scored: each gold item with whether it was found, each (event, gold sentence) pair. */
export interface DocumentScore {
	items: Array<GoldItem & { matched: boolean }>;
	pairs: Array<{ event: SystemEvent; sentence: number; matched: boolean }>;
	sentences: number;
	covered: number;
}

export function scoreDocument(items: GoldItem[], system: SystemEvent[]): DocumentScore {
	const goldSentences = new Set(items.map((i) => i.sentence));
	const pairs = system.flatMap((event) =>
		event.sentences
			.filter((s) => goldSentences.has(s))
			.map((sentence) => ({
				event,
				sentence,
				matched: items.some(
					(i) => i.sentence === sentence && matchesGold(event.start, event.precision, i.date),
				),
			})),
	);
	return {
		items: items.map((i) => ({
			...i,
			matched: pairs.some(
				(p) => p.sentence === i.sentence && matchesGold(p.event.start, p.event.precision, i.date),
			),
		})),
		pairs,
		sentences: goldSentences.size,
		covered: new Set(pairs.map((p) => p.sentence)).size,
	};
}

/** Counts summed over documents. */
export interface Tally {
	sentences: number;
	covered: number;
	gold: number;
	recalled: number;
	pairs: number;
	correct: number;
}

export const emptyTally = (): Tally => ({
	sentences: 0,
	covered: 0,
	gold: 0,
	recalled: 0,
	pairs: 0,
	correct: 0,
});

export function addScore(t: Tally, s: DocumentScore): void {
	t.sentences += s.sentences;
	t.covered += s.covered;
	t.gold += s.items.length;
	t.recalled += s.items.filter((i) => i.matched).length;
	t.pairs += s.pairs.length;
	t.correct += s.pairs.filter((p) => p.matched).length;
}

export function metrics(t: Tally) {
	const ratio = (a: number, b: number) => (b ? a / b : 0);
	const p = ratio(t.correct, t.pairs);
	const r = ratio(t.recalled, t.gold);
	return { coverage: ratio(t.covered, t.sentences), p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Everything main needs from one file: sentences, gold, and both scores. */
export function evaluateDocument(id: string, xml: string) {
	const doc = parseTml(id, xml);
	const sentences = documentSentences(doc.text);
	const items = goldItems(xml, sentences);
	const system = systemEvents(doc.text, doc.dct, sentences);
	return {
		doc,
		sentences,
		items,
		dateline: scoreDocument(items, system),
		baseline: scoreDocument(items, baselineEvents(items, doc.dct)),
		system,
	};
}

/** Why a gold item was missed: no event in its sentence, only coarser ones that agree, or others. */
function missKind(item: GoldItem, sentence: TextSentence, events: SystemEvent[]): string {
	const here = events.filter((e) => e.sentences.includes(item.sentence));
	if (here.length === 0)
		return sentence.kind === 'body' ? 'no event in the sentence' : `in a ${sentence.kind} sentence`;
	const agrees = (e: SystemEvent) => e.start.slice(0, item.date.value.length) === item.date.value;
	return here.some(agrees) ? 'right date, too coarse' : 'other dates only';
}

/**
 * True when the event's own date phrase is a gold DATE TIMEX3 and the event agrees with its value:
 * the date was read right, but gold links no event of that sentence to it, so the pair counts
 * against precision although the reading is correct.
 */
function readsGoldTimex(event: SystemEvent, timexes: Span[]): boolean {
	return (event.phrases ?? []).some((ph) =>
		timexes.some((t) => {
			const date = t.type === 'DATE' ? calendarDate(t.value) : undefined;
			const overlaps = t.start < ph.end && ph.start < t.end;
			return overlaps && date !== undefined && matchesGold(event.start, event.precision, date);
		}),
	);
}

function main(argv: string[]): void {
	const run = corpusRun(argv, 'eval:events');
	if (!run) return;
	const { dir, files, verbose } = run;
	const tallies = new Map<string, { dateline: Tally; baseline: Tally }>();
	const tallyOf = (name: string) => {
		let t = tallies.get(name);
		if (!t) tallies.set(name, (t = { dateline: emptyTally(), baseline: emptyTally() }));
		return t;
	};
	const recallBy = new Map<string, { gold: number; dateline: number; baseline: number }>();
	const misses = new Map<string, number>();
	const wrong = new Map<string, number>();
	const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
	let events = 0;
	for (const file of files) {
		const xml = readFileSync(file, 'utf8');
		const { doc, sentences, dateline, baseline, system } = evaluateDocument(file, xml);
		events += system.length;
		const part = relative(dir, file).split(sep).slice(0, -1)[0] ?? '.';
		for (const name of ['overall', part]) {
			addScore(tallyOf(name).dateline, dateline);
			addScore(tallyOf(name).baseline, baseline);
		}
		dateline.items.forEach((item, i) => {
			const groups = [item.date.precision, item.fromDct ? 'DCT link' : 'dated TIMEX3'];
			for (const g of groups) {
				const r = recallBy.get(g) ?? { gold: 0, dateline: 0, baseline: 0 };
				r.gold++;
				r.dateline += Number(item.matched);
				r.baseline += Number(baseline.items[i]!.matched);
				recallBy.set(g, r);
			}
			if (item.matched) return;
			bump(misses, missKind(item, sentences[item.sentence]!, system));
			if (!verbose) return;
			const head = sentences[item.sentence]!.text.replace(/\s+/g, ' ').slice(0, 70);
			const got = system.filter((e) => e.sentences.includes(item.sentence));
			const gave = got.map((e) => `${e.start} (${e.precision})`).join(', ') || 'nothing';
			console.log(`${doc.id}: miss "${head}" gold ${item.date.value} got ${gave}`);
		});
		for (const p of dateline.pairs.filter((x) => !x.matched)) {
			const read = readsGoldTimex(p.event, doc.timexes);
			bump(wrong, read ? 'date phrase agrees with its gold TIMEX3' : 'other');
			if (verbose) {
				const head = sentences[p.sentence]!.text.replace(/\s+/g, ' ').slice(0, 70);
				const gold = dateline.items
					.filter((i) => i.sentence === p.sentence)
					.map((i) => i.date.value);
				console.log(`${doc.id}: wrong "${head}" got ${p.event.start} gold ${gold.join(', ')}`);
			}
		}
	}
	const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
	const num = (x: number, w = 5) => String(x).padStart(w);
	console.log(`${files.length} documents from ${dir}; Dateline made ${events} events`);
	console.log(
		`${''.padEnd(9)} ${'sents'.padStart(5)} ${'items'.padStart(5)} ${'pairs'.padStart(5)} | Dateline cover     P     R    F1 | baseline    P     R    F1`,
	);
	for (const [name, { dateline, baseline }] of tallies) {
		const d = metrics(dateline);
		const b = metrics(baseline);
		console.log(
			`${name.padEnd(9)} ${num(dateline.sentences)} ${num(dateline.gold)} ${num(dateline.pairs)} |          ${pct(d.coverage)} ${pct(d.p)} ${pct(d.r)} ${pct(d.f1)} |          ${pct(b.p)} ${pct(b.r)} ${pct(b.f1)}`,
		);
	}
	console.log('recall by gold item (Dateline / baseline):');
	const groups = ['year', 'month', 'day', 'DCT link', 'dated TIMEX3'];
	for (const [g, r] of [...recallBy].sort((a, b) => groups.indexOf(a[0]) - groups.indexOf(b[0])))
		console.log(
			`  ${g.padEnd(13)} ${num(r.gold)} items  ${pct(r.dateline / r.gold)} / ${pct(r.baseline / r.gold)}`,
		);
	console.log('Dateline misses:');
	for (const [kind, n] of [...misses].sort((a, b) => b[1] - a[1]))
		console.log(`  ${num(n)}  ${kind}`);
	console.log('Dateline pairs that match no gold date of their sentence:');
	for (const [kind, n] of [...wrong].sort((a, b) => b[1] - a[1]))
		console.log(`  ${num(n)}  ${kind}`);
	mkdirSync('reports', { recursive: true });
	const summary = Object.fromEntries(
		[...tallies].map(([k, t]) => [
			k,
			{
				dateline: { counts: t.dateline, ...metrics(t.dateline) },
				baseline: { counts: t.baseline, ...metrics(t.baseline) },
			},
		]),
	);
	writeFileSync(
		'reports/eval-events.json',
		JSON.stringify(
			{
				corpus: dir,
				documents: files.length,
				events,
				...summary,
				recallBy: Object.fromEntries(recallBy),
				misses: Object.fromEntries(misses),
				wrong: Object.fromEntries(wrong),
			},
			null,
			'\t',
		) + '\n',
	);
}

if (process.argv[1] && /eval-events\.ts$/.test(process.argv[1])) main(process.argv.slice(2));
