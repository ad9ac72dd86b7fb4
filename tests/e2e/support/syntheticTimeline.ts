/**
 * Seeded synthetic timelines for browser tests and the browser benchmark: the same options always
 * give the same file, and every file passes validateTimeline.
 */
import {
	compareIso,
	SCHEMA_VERSION,
	type Era,
	type Precision,
	type Timeline,
	type TimelineDocument,
	type TimelineEvent,
} from '../../../src/timeline.ts';

/** What to generate. */
export interface SyntheticOptions {
	/** Number of events. */
	events: number;
	/** PRNG seed. */
	seed?: number;
	/** First year covered. */
	startYear?: number;
	/** Years covered. */
	years?: number;
	/** Number of eras, laid out one after another with gaps between them. */
	eras?: number;
	/** `even` spaces events regularly (so none crowd together); `random` draws them uniformly. */
	spread?: 'even' | 'random';
	/** Title of the first document, i.e. the page headline. */
	headline?: string;
	/** Events stated in each document. */
	eventsPerDocument?: number;
	/** Text put at the start of every document, before the event sentences. */
	preamble?: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const SUBJECTS = [
	'Harbour authority',
	'City council',
	'National assembly',
	'Rail union',
	'Central bank',
	'Border commission',
	'Science academy',
	'Port workers',
	'Film festival',
	'Water board',
];
const VERBS = [
	'opens',
	'rejects',
	'approves',
	'announces',
	'suspends',
	'celebrates',
	'reviews',
	'signs',
];
const OBJECTS = [
	'new terminal',
	'budget plan',
	'peace accord',
	'trade pact',
	'reform bill',
	'river bridge',
	'census results',
	'coastal survey',
];
const ERAS = [
	'Reconstruction',
	'Long boom',
	'Cold spell',
	'Reform years',
	'Digital age',
	'Quiet decade',
];

/** Mulberry32: tiny, fast and good enough to make test data. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAY = 86_400_000;
const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)] as T;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function isoAt(ms: number, precision: Precision): string {
	const day = isoDay(ms);
	return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

/** The date as an article would write it. */
function phraseFor(iso: string): string {
	const [y, m, d] = iso.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	return d ? `${Number(d)} ${month} ${y}` : month ? `${month} ${y}` : `${y}`;
}

function precisionFor(r: number): Precision {
	return r < 0.8 ? 'day' : r < 0.92 ? 'month' : 'year';
}

interface Draft {
	ms: number;
	start: string;
	precision: Precision;
	spanDays: number;
	title: string;
}

function drafts(o: Required<SyntheticOptions>, rand: () => number): Draft[] {
	const from = Date.UTC(o.startYear, 0, 1);
	const width = Date.UTC(o.startYear + o.years, 0, 1) - from - 2 * 366 * DAY;
	return Array.from({ length: o.events }, (_, i) => {
		const at = o.spread === 'even' ? (i + 0.5) / o.events : rand();
		const precision = o.spread === 'even' ? 'day' : precisionFor(rand());
		const spanDays = precision === 'day' && rand() < 0.05 ? 10 + Math.floor(rand() * 600) : 0;
		const title = `${pick(SUBJECTS, rand())} ${pick(VERBS, rand())} ${pick(OBJECTS, rand())}`;
		const ms = from + Math.floor(at * width);
		return { ms, start: isoAt(ms, precision), precision, spanDays, title };
	}).sort((a, b) => compareIso(a.start, b.start) || a.ms - b.ms);
}

function eras(o: Required<SyntheticOptions>): Era[] {
	const segment = o.years / Math.max(o.eras, 1);
	return Array.from({ length: o.eras }, (_, i) => {
		const startYear = o.startYear + Math.round(i * segment + segment * 0.15);
		const endYear = o.startYear + Math.round(i * segment + segment * 0.85);
		return {
			id: `era-${i + 1}`,
			title: ERAS[i % ERAS.length] as string,
			start: `${startYear}-03-01`,
			end: `${endYear}-10-31`,
			approximate: false,
			explanation: 'synthetic era',
			sources: [],
		};
	});
}

/** Builds a schema-valid timeline; event ids (`ev-00001`, …) follow date order. */
export function syntheticTimeline(options: SyntheticOptions): Timeline {
	const o: Required<SyntheticOptions> = {
		seed: 1,
		startYear: 1945,
		years: 80,
		eras: 4,
		spread: 'random',
		headline: 'Synthetic chronicle of eighty years',
		eventsPerDocument: 100,
		preamble: '',
		...options,
	};
	const rand = prng(o.seed);
	const documents: TimelineDocument[] = [];
	const events: TimelineEvent[] = [];
	let doc: TimelineDocument | undefined;
	drafts(o, rand).forEach((d, i) => {
		if (i % o.eventsPerDocument === 0) {
			const n = documents.length;
			doc = {
				id: `doc-${n + 1}`,
				title: n === 0 ? o.headline : `Synthetic dispatch ${n + 1}`,
				path: `synthetic/doc-${n + 1}.txt`,
				text: o.preamble,
				creationDate: { value: '2023-07-27', inferred: false, evidence: 'synthetic' },
				mentions: [],
			};
			documents.push(doc);
		}
		if (!doc) return;
		const start = d.start;
		const end = d.spanDays ? isoDay(d.ms + d.spanDays * DAY) : undefined;
		const phrase = phraseFor(start);
		const lead = d.precision === 'day' ? 'On ' : 'In ';
		const sentenceStart = doc.text.length + (doc.text.length ? 1 : 0);
		const sentence = `${lead}${phrase}, ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}.`;
		doc.text += (doc.text.length ? ' ' : '') + sentence;
		const phraseStart = sentenceStart + lead.length;
		const phraseEnd = phraseStart + phrase.length;
		doc.mentions.push({
			start: phraseStart,
			end: phraseEnd,
			text: phrase,
			type: 'DATE',
			value: start,
		});
		events.push({
			id: `ev-${String(i + 1).padStart(5, '0')}`,
			title: d.title,
			summary: sentence,
			start,
			...(end ? { end } : {}),
			precision: d.precision,
			approximate: false,
			derivation: 'explicit',
			explanation: `stated as “${phrase}”`,
			confidence: 0.9,
			sources: [
				{
					document: doc.id,
					sentenceStart,
					sentenceEnd: sentenceStart + sentence.length,
					phraseStart,
					phraseEnd,
				},
			],
		});
	});
	return { schemaVersion: SCHEMA_VERSION, documents, events, eras: eras(o), undated: [] };
}

/** Sentence and phrase of an event's first source, as the detail panel should show them. */
export function sourceText(
	timeline: Timeline,
	event: TimelineEvent,
): { sentence: string; phrase: string } {
	const s = event.sources[0];
	const doc = timeline.documents.find((d) => d.id === s?.document);
	if (!s || !doc) throw new Error(`event ${event.id} has no source`);
	return {
		sentence: doc.text.slice(s.sentenceStart, s.sentenceEnd),
		phrase: doc.text.slice(s.phraseStart, s.phraseEnd),
	};
}
