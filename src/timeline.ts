/**
 * The JSON contract shared by the preprocessor (writes it) and the app (reads it).
 * Types, the schema version and validation live here and nowhere else.
 */
import * as v from 'valibot';

/**
 * Version of the timeline JSON; bump on any incompatible change. Version 2 allows an unknown
 * document date (`CreationDate.value: null`) and adds `Timeline.undated`; version 1 files are
 * upgraded on reading (see `MIGRATIONS`).
 */
export const SCHEMA_VERSION = 2;

/** ISO 8601 calendar date at year, month, day, or minute precision (years may be negative). */
const ISO_DATE =
	/^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?)?)?$/;

/** The four TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How finely a date is known. `decade` dates are written as their first year (`1950`). */
export type Precision = 'decade' | 'year' | 'month' | 'day' | 'minute';

/**
 * How an event's date was obtained from the text:
 * - `explicit`: a date phrase states it ("on 27 July 1953");
 * - `anniversary`: counted from a known date ("the 70th anniversary of the armistice");
 * - `relative`: counted from the article's date or an earlier date ("yesterday", "two days later");
 * - `duration`: reasoned back from a stated length ("for more than 500 days");
 * - `holiday`: the date of a named day ("Victory Day");
 * - `inferred`: no date phrase; taken from a related dated event ("the parade" of a dated anniversary);
 * - `reported`: no date phrase; the article reports it as just happened, so it is dated at the
 *   article's date;
 * - `narrative`: no date phrase; the sentence continues a dated narrative and takes its reference time.
 */
export type Derivation =
	| 'explicit'
	| 'anniversary'
	| 'relative'
	| 'duration'
	| 'holiday'
	| 'inferred'
	| 'reported'
	| 'narrative';

/** Every `Derivation`, in order from the most to the least direct reading of the text. */
export const DERIVATIONS = [
	'explicit',
	'anniversary',
	'relative',
	'duration',
	'holiday',
	'inferred',
	'reported',
	'narrative',
] as const satisfies readonly Derivation[];

/** A temporal expression found in a document, scored against TimeML corpora. */
export interface Mention {
	/** Offset of the first UTF-16 code unit of the phrase in the document's `text`. */
	start: number;
	/** Offset one past the last UTF-16 code unit. `text.slice(start, end) === mention.text`. */
	end: number;
	/** The phrase as written. */
	text: string;
	/** TIMEX3 type. */
	type: TimexType;
	/** TIMEX3 value: `1953-07-27`, `2023-W30`, `P500D`, `PRESENT_REF`, `XXXX-07-27`, … */
	value: string;
	/** TIMEX3 modifier when the text qualifies the value: `MORE_THAN`, `APPROX`, `BEFORE`, … */
	mod?: string;
}

/** When the document was written, and how we know. */
export interface CreationDate {
	/**
	 * `YYYY-MM-DD`, or `null` when the date is unknown: no dateline, no date given by the reader
	 * (`--dct`), and no evidence in the text. Events whose date depends on an unknown document date
	 * are in `Timeline.undated`, never placed at a made-up date.
	 */
	value: string | null;
	/** False when stated (a dateline or `--dct`), true when reasoned out from the text or unknown. */
	inferred: boolean;
	/**
	 * Human-readable reason: "dateline", "--dct", "70th anniversary of 1953-07-27, on a Thursday",
	 * or, when `value` is null, why no date could be found.
	 */
	evidence: string;
}

/** One article. */
export interface TimelineDocument {
	/** Stable, URL-safe id derived from the file name. */
	id: string;
	/** The headline (first line of the article). */
	title: string;
	/** Path the text was read from, relative to where the CLI ran. */
	path: string;
	/** The full text that every offset in this file indexes into (after repairs such as `1953war`). */
	text: string;
	/** The document creation date the relative expressions were resolved against. */
	creationDate: CreationDate;
	/** Every temporal expression found, in text order. */
	mentions: Mention[];
}

/** Where an event or era was read from. All offsets are UTF-16 code units into the document's text. */
export interface Source {
	/** Id of a `TimelineDocument`. */
	document: string;
	/** Start of the sentence that states the event. */
	sentenceStart: number;
	/** End (exclusive) of that sentence. */
	sentenceEnd: number;
	/** Start of the date phrase inside the sentence. */
	phraseStart: number;
	/** End (exclusive) of the date phrase. */
	phraseEnd: number;
}

/** Something that happened at a date, or over a span. */
export interface TimelineEvent {
	/** Stable, URL-safe id: the same input gives the same id on every run. */
	id: string;
	/** Short, readable title. */
	title: string;
	/** One or two sentences of context (the source sentence, tidied). */
	summary: string;
	/** ISO date at `precision`; a year-only date covers its whole year. */
	start: string;
	/** ISO end for spans; absent for instants. */
	end?: string;
	/** How finely `start` (and `end`) are known. */
	precision: Precision;
	/** True when the text hedges ("more than", "about") or the date was reasoned out loosely. */
	approximate: boolean;
	/** The start is on or before this date ("for more than 500 days": start ≤ date − 500 days). */
	startLatest?: string;
	/** The end is on or after this date. */
	endEarliest?: string;
	/** How the date was obtained. */
	derivation: Derivation;
	/** Human-readable derivation: "70th anniversary of 1953-07-27". */
	explanation: string;
	/** 0–1: how sure the extractor is of the date. */
	confidence: number;
	/** At least one place in the articles that states this event. */
	sources: Source[];
}

/** A named stretch of time drawn as a band behind the events. */
export interface Era {
	/** Stable, URL-safe id. */
	id: string;
	/** Name of the era ("Korean War"). */
	title: string;
	/** ISO start. */
	start: string;
	/** ISO end; for an era still running, the document date. */
	end: string;
	/** True when either bound is uncertain. */
	approximate: boolean;
	/** How the bounds were obtained. */
	explanation: string;
	/** Where the era is mentioned. */
	sources: Source[];
}

/**
 * Something a document states whose date depends on the document's own date, which is unknown
 * ("today", "on Monday" in an article without a dateline). It is kept here, not placed, until a
 * reader gives the article's date and the article is extracted again.
 */
export interface UndatedEvent {
	/** Stable, URL-safe id, unique among events, eras and undated events. */
	id: string;
	/** Short, readable title. */
	title: string;
	/** One or two sentences of context (the source sentence, tidied). */
	summary: string;
	/** Id of the `TimelineDocument` whose unknown date the event waits for. */
	document: string;
	/** Human-readable reason it is undated: `"Monday" counts from the article's date, which is unknown`. */
	explanation: string;
	/** 0–1: how sure the extractor would be of the date once the document's date is known. */
	confidence: number;
	/** At least one place in the articles that states this event. */
	sources: Source[];
}

/** The whole file. */
export interface Timeline {
	/** Always `SCHEMA_VERSION` for files this version writes. */
	schemaVersion: typeof SCHEMA_VERSION;
	/** The articles, each with its full text and the date it was read against. */
	documents: TimelineDocument[];
	/** Everything placed on the calendar. */
	events: TimelineEvent[];
	/** Named stretches of time drawn behind the events. */
	eras: Era[];
	/** Events waiting for the unknown date of their document (see `UndatedEvent`). */
	undated: UndatedEvent[];
}

/** True unless the day does not exist in its month (proleptic Gregorian): `2023-02-30`, `2023-04-31`. */
function dayExists(iso: string): boolean {
	const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return true;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
	return day <= length;
}

const isoDate = v.pipe(
	v.string(),
	v.regex(ISO_DATE, 'must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)'),
	v.check(dayExists, 'must be a real calendar date'),
);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'must be URL-safe'));

const SourceSchema = v.object({
	document: v.string(),
	sentenceStart: offset,
	sentenceEnd: offset,
	phraseStart: offset,
	phraseEnd: offset,
});

const MentionSchema = v.object({
	start: offset,
	end: offset,
	text: v.string(),
	type: v.picklist(['DATE', 'TIME', 'DURATION', 'SET']),
	value: v.string(),
	mod: v.optional(v.string()),
});

const DocumentSchema = v.object({
	id,
	title: v.string(),
	path: v.string(),
	text: v.string(),
	creationDate: v.object({
		value: v.nullable(
			v.pipe(
				v.string(),
				v.regex(/^-?\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
				v.check(dayExists, 'must be a real calendar date'),
			),
		),
		inferred: v.boolean(),
		evidence: v.string(),
	}),
	mentions: v.array(MentionSchema),
});

const EventSchema = v.object({
	id,
	title: v.pipe(v.string(), v.minLength(1)),
	summary: v.string(),
	start: isoDate,
	end: v.optional(isoDate),
	precision: v.picklist(['decade', 'year', 'month', 'day', 'minute']),
	approximate: v.boolean(),
	startLatest: v.optional(isoDate),
	endEarliest: v.optional(isoDate),
	derivation: v.picklist(DERIVATIONS),
	explanation: v.string(),
	confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

const EraSchema = v.object({
	id,
	title: v.pipe(v.string(), v.minLength(1)),
	start: isoDate,
	end: isoDate,
	approximate: v.boolean(),
	explanation: v.string(),
	sources: v.array(SourceSchema),
});

const UndatedSchema = v.object({
	id,
	title: v.pipe(v.string(), v.minLength(1)),
	summary: v.string(),
	document: v.string(),
	explanation: v.string(),
	confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

const TimelineSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	documents: v.array(DocumentSchema),
	events: v.array(EventSchema),
	eras: v.array(EraSchema),
	undated: v.array(UndatedSchema),
});

/** Outcome of validation: the typed timeline, or every problem found, one readable line each. */
export type ValidationResult = { ok: true; timeline: Timeline } | { ok: false; errors: string[] };

/** Compares ISO dates of any precision by their first instant. */
export function compareIso(a: string, b: string): number {
	const ya = Number(a.match(/^-?\d+/)?.[0]);
	const yb = Number(b.match(/^-?\d+/)?.[0]);
	if (ya !== yb) return ya - yb;
	const ra = a.replace(/^-?\d+/, '');
	const rb = b.replace(/^-?\d+/, '');
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}

function checkSources(
	where: string,
	sources: Source[],
	docs: Map<string, TimelineDocument>,
): string[] {
	const errors: string[] = [];
	sources.forEach((s, i) => {
		const doc = docs.get(s.document);
		const at = `${where}.sources[${i}]`;
		if (!doc) return errors.push(`${at}: unknown document "${s.document}"`);
		const n = doc.text.length;
		if (!(s.sentenceStart <= s.sentenceEnd && s.sentenceEnd <= n))
			errors.push(`${at}: sentence offsets ${s.sentenceStart}–${s.sentenceEnd} outside the text`);
		if (!(s.phraseStart <= s.phraseEnd && s.phraseEnd <= n))
			errors.push(`${at}: phrase offsets ${s.phraseStart}–${s.phraseEnd} outside the text`);
	});
	return errors;
}

/** Checks what the schema cannot: offsets inside their text, known references, unique ids, order. */
function checkConsistency(t: Timeline): string[] {
	const errors: string[] = [];
	const docs = new Map(t.documents.map((d) => [d.id, d]));
	if (docs.size !== t.documents.length) errors.push('documents: duplicate id');
	for (const d of t.documents) {
		d.mentions.forEach((m, i) => {
			if (m.end < m.start || m.end > d.text.length || d.text.slice(m.start, m.end) !== m.text)
				errors.push(`documents.${d.id}.mentions[${i}]: offsets do not slice "${m.text}"`);
		});
	}
	const seen = new Set<string>();
	for (const e of [...t.events, ...t.eras]) {
		if (seen.has(e.id)) errors.push(`duplicate event or era id "${e.id}"`);
		seen.add(e.id);
		if (e.end !== undefined && compareIso(e.end, e.start) < 0)
			errors.push(`${e.id}: end ${e.end} is before start ${e.start}`);
		errors.push(...checkSources(e.id, e.sources, docs));
	}
	for (const u of t.undated) {
		if (seen.has(u.id)) errors.push(`duplicate event or era id "${u.id}"`);
		seen.add(u.id);
		const doc = docs.get(u.document);
		if (!doc) errors.push(`${u.id}: unknown document "${u.document}"`);
		else if (doc.creationDate.value !== null)
			errors.push(`${u.id}: undated, but document "${u.document}" has a date`);
		errors.push(...checkSources(u.id, u.sources, docs));
	}
	return errors;
}

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades a file of an older schema version one step at a time, keyed by the version each step
 * upgrades from. A Map, not an object: the key comes from the file, and an object would answer
 * "constructor" or "__proto__" with something callable.
 */
const MIGRATIONS = new Map<number, Migration>([
	// Version 1 had no unknown dates: every document was dated, so nothing was undated.
	[1, (data) => ({ ...data, schemaVersion: 2, undated: [] })],
]);

/** Every schema version this build reads: the current one and each one a migration starts from. */
export const KNOWN_SCHEMA_VERSIONS: readonly number[] = [...MIGRATIONS.keys(), SCHEMA_VERSION];

/** Applies the migrations from the data's schemaVersion up to the current one; anything else as is. */
function migrateTimeline(data: unknown): unknown {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
	let current = data as Record<string, unknown>;
	const stepFrom = (version: unknown) =>
		typeof version === 'number' ? MIGRATIONS.get(version) : undefined;
	for (let step = stepFrom(current.schemaVersion); step; step = stepFrom(current.schemaVersion))
		current = step(current);
	return current;
}

/** Validates unknown data (e.g. parsed JSON) against the contract, upgrading older versions first. */
export function validateTimeline(input: unknown): ValidationResult {
	const data = migrateTimeline(input);
	if (typeof data === 'object' && data !== null && 'schemaVersion' in data) {
		const version = (data as { schemaVersion: unknown }).schemaVersion;
		if (version !== SCHEMA_VERSION)
			return {
				ok: false,
				errors: [
					`unsupported schemaVersion ${JSON.stringify(version)} (this app reads ${SCHEMA_VERSION})`,
				],
			};
	}
	const parsed = v.safeParse(TimelineSchema, data);
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.issues.slice(0, 20).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
		};
	}
	const timeline = parsed.output as Timeline;
	const errors = checkConsistency(timeline);
	return errors.length ? { ok: false, errors } : { ok: true, timeline };
}

/** Parses and validates a timeline JSON string; never throws. */
export function parseTimeline(json: string): ValidationResult {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
	}
	return validateTimeline(data);
}
