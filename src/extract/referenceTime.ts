/**
 * The discourse's reference time, after Reichenbach and the TimeML guidelines: anaphoric expressions
 * ("the next month", "two days later", yearless "September 18") count from the date the text last
 * stated, deictic ones from the document date. Which one a yearless date takes is decided per
 * paragraph, since a news story's background paragraph is narrative too.
 */
import { MONTH_NAMES, WEEKDAY_NAMES, matchAny } from './data/lexicon.ts';
import { parseYmd, type Ymd } from './dates.ts';
import type { Unit } from './recognize/numbers.ts';
import type {
	Candidate,
	ReferenceTime,
	Resolution,
	ResolveContext,
	Sentence,
	Tense,
} from './types.ts';

// Words that point at the writer's own now. A weekday counts unless it heads a full date
// ("Sunday, December 7, 1941"), which a history writes out; "the next morning" and "the last week
// of the war" count from the story's time, not the writer's.
const DEICTIC = new RegExp(
	'\\b(?:today|tonight|yesterday|tomorrow|currently|nowadays|ago|so far|' +
		'(?:this|(?<!\\bthe\\s+)(?:last|next)|coming|past)\\s+(?:week|weekend|month|year|quarter|morning|afternoon|evening|night)|' +
		`(?:${matchAny(WEEKDAY_NAMES)})(?!,?\\s+(?:\\d|the\\s+\\d|${matchAny(MONTH_NAMES)})))\\b`,
	'gi',
);
const PRESENT =
	/\b(?:is|are|am|has|have|says|say|said|told|according to|remains?|does|do|can|will|won't|now|still|(?:it|he|she|that|there|what|who|here)['’]s)\b/gi;
// Past-tense "-ed" words are lower case, so "United" or "Ahmed" do not count ("need" and
// "hundred" are not verbs at all).
const PAST = /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id)\b|\b(?!hundred\b)[a-z]{2,}(?<!e)ed\b/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * Whether a paragraph speaks of the writer's present rather than telling a past: any word pointing
 * at the writer's now weighs twice, present and future finite verbs once, against past verbs.
 * Reporting verbs ("said", "told") count for the present, since news reports what was said at
 * the time of writing, while a history tells what happened.
 */
export function speaksOfPresent(paragraph: string): boolean {
	const present = 2 * count(paragraph, DEICTIC) + count(paragraph, PRESENT);
	return present > 0 && present >= count(paragraph, PAST);
}

/** For each paragraph that holds body text, whether it speaks of the writer's present. */
export function presentParagraphs(sentences: Sentence[]): Map<number, boolean> {
	const texts = new Map<number, string>();
	for (const s of sentences)
		if (s.kind === 'body') texts.set(s.paragraph, `${texts.get(s.paragraph) ?? ''} ${s.text}`);
	return new Map([...texts].map(([p, text]) => [p, speaksOfPresent(text)]));
}

// A date after these bounds a span or names a term ("since 1990", "bonds due 1993"); one after a
// determiner modifies a noun ("the August 1988 cease-fire"), naming an event rather than placing
// the clause's. Neither makes the text a narrative of that time.
const NOT_PLACING_BEFORE =
	/\b(?:since|until|till|through|due|by|from|than|before|after|to|between|and|or|expires?|expiring|the|a|an|its|his|her|their|this|that|these|those)\s+(?:(?:early|late|mid)[- ]?\s*)?$|['’]s\s+$/i;

// The past perfect ("had fled in June 1998") places its event before the story's reference time
// (Reichenbach's E < R), so its date does not become the reference time of a story. "Had"
// before a determiner is the verb of possession instead ("had 10,000 men in 1920").
const PAST_PERFECT =
	/\bhad\s+(?:\w+ly\s+)?(?!(?:a|an|the|no|some|many|its|his|her|their|\d+)\b)[a-z]+\b/i;

// A participle with its agent right after a noun is a reduced relative clause ("a program approved
// by the board in 1987"): its date describes the noun, not the events the clause tells.
const REDUCED_RELATIVE = /\b(?:a|an|the|its|his|her|their)\s+[a-z]+\s+[a-z]+ed\s+by\b[^,;]*$/i;

// So does a relative clause: "Hale, who joined the club in 2012, scored" backgrounds its date,
// and a yearless date after it still belongs to the article's present.
const RELATIVE = /\b(?:who|whom|whose|which)\b/i;

/**
 * Whether an offset of a sentence sits inside a quotation, which speaks from the speaker's now:
 * more opening marks (“ or ``) than closing ones (” or '') before it, or an odd number of ".
 * Counted in one pass, as a left-to-right search for each mark would count them, since every
 * mention of a sentence asks.
 */
export function insideQuote(text: string, offset: number): boolean {
	let opening = 0;
	let closing = 0;
	let straight = 0;
	// The text before `offset`, as text.slice(0, offset) takes it.
	const end = offset < 0 ? Math.max(0, text.length + offset) : Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		const c = text[i];
		if (c === '“') opening++;
		else if (c === '”') closing++;
		else if (c === '"') straight++;
		else if ((c === '`' || c === "'") && i + 1 < end && text[i + 1] === c) {
			if (c === '`') opening++;
			else closing++;
			i++;
		}
	}
	return opening > closing || straight % 2 === 1;
}

/**
 * The reference time after a resolved mention. Stated dates move it (back-references such as "a
 * year earlier" do not, so comparisons keep counting from the same date); any day placed moves its
 * day. It turns narrative when a past-tense clause places its events in an earlier year than the
 * document date ("In 1920 the company was founded"), and stays so while the story counts on from
 * there; counting from the writer's now ends it.
 */
export function nextReference(
	reference: ReferenceTime | undefined,
	candidate: Candidate,
	resolution: Resolution,
	context: { dct: Ymd; tense: Tense; sentence: Sentence },
): ReferenceTime | undefined {
	const day =
		resolution.placement?.precision === 'day' &&
		(resolution.derivation === 'explicit' ||
			resolution.derivation === 'relative' ||
			resolution.derivation === 'holiday')
			? parseYmd(resolution.placement.start)
			: null;
	const stated =
		candidate.type === 'DATE' &&
		!candidate.tags.includes('backReference') &&
		/^\d{3,4}(-(Q\d|H[12]|SP|SU|FA|WI|\d{2}(-\d{2})?))?$/.test(resolution.value);
	if (!day && !stated) return reference;
	if (stated && reference && seasonHolds(resolution.value, reference.value)) return reference;
	const value = stated ? resolution.value : (reference?.value ?? resolution.value);
	const { dct, tense, sentence } = context;
	const earlierYear = Number(value.slice(0, 4)) < dct.y;
	const before = sentence.text.slice(0, candidate.start - sentence.start);
	const clause = before.split(/[,;:]/).at(-1) ?? '';
	const placesEvents =
		resolution.derivation === 'explicit' &&
		resolution.certain &&
		tense === 'past' &&
		!NOT_PLACING_BEFORE.test(before) &&
		!PAST_PERFECT.test(clause) &&
		!REDUCED_RELATIVE.test(clause) &&
		!RELATIVE.test(clause);
	const storied = placesEvents || reference?.narrative === true;
	return {
		value,
		...(day ? { day } : reference?.day ? { day: reference.day } : {}),
		narrative: stated ? earlierYear && storied : (reference?.narrative ?? false),
	};
}

const SEASON_MONTHS: Record<string, number[]> = {
	SP: [3, 4, 5],
	SU: [6, 7, 8],
	FA: [9, 10, 11],
	WI: [12, 1, 2],
};

/**
 * Whether a season of the year last stated holds its month: "In January 1942 … that winter …
 * in April" tells the same time again, so the more precise month stays the reference (and April
 * stays in 1942 instead of following a December).
 */
function seasonHolds(value: string, reference: string): boolean {
	const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
	const ref = referenceParts(reference);
	return (
		!!season &&
		!!ref?.m &&
		ref.y === Number(season[1]) &&
		SEASON_MONTHS[season[2]!]!.includes(ref.m) &&
		!/-(?:SP|SU|FA|WI|H[12])$/.test(reference)
	);
}

interface Parts {
	y: number;
	m?: number;
	d?: number;
	q?: number;
}

// A season or half-year stands for a month inside it, so that what follows counts on from there
// ("In the spring of 1642 … On 3 March" is 1642; "the following winter … by February" the next
// year). Winter is its December, where it begins.
const PERIOD_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12, H1: 3, H2: 9 };

/**
 * The year of the first period starting in `month` and `length` months long that lies after the
 * reference (`after`), or of the last one that ends by it: "the following March", "the previous
 * spring". A reference of a year alone is passed as a whole.
 */
export function storyYear(ref: Parts, month: number, after: boolean, length = 1): number {
	if (ref.m === undefined) return ref.y + (after ? 1 : -1);
	if (after) return month > ref.m ? ref.y : ref.y + 1;
	return month + length <= ref.m ? ref.y : ref.y - 1;
}

/** Year, month, day or quarter of a calendar TIMEX value ("1920", "1920-03", "1988-Q3", "1642-SP"). */
export function referenceParts(value: string): Parts | null {
	// A decade ("168", the 1680s) stands for its first year, so "the end of the decade" is its end.
	const decade = /^(\d{3})$/.exec(value);
	if (decade) return { y: Number(decade[1]) * 10 };
	const m = /^(\d{4})(?:-(?:Q(\d)|(\d{2})(?:-(\d{2}))?|(SP|SU|FA|WI|H[12])))?/.exec(value);
	if (!m) return null;
	const month = m[3] ? Number(m[3]) : m[5] ? PERIOD_MONTH[m[5]] : undefined;
	return {
		y: Number(m[1]),
		...(month ? { m: month } : {}),
		...(m[4] ? { d: Number(m[4]) } : {}),
		...(m[2] ? { q: Number(m[2]) } : {}),
	};
}

/**
 * The day an anaphoric expression counts `unit`s from. Days and weeks count from the latest day
 * the text placed, so "the next day … the next day" walks on; longer units from the date last
 * stated when it is precise enough ("the next month" after "in March 1920" is April 1920, "the
 * previous year" after "in 1920" is 1919). Failing both, the document date.
 */
export function referenceDay(ctx: Pick<ResolveContext, 'dct' | 'reference'>, unit: Unit): Ymd {
	const ref = ctx.reference;
	if (unit === 'day' || unit === 'week' || unit === 'weekend') return ref?.day ?? ctx.dct;
	const p = ref ? referenceParts(ref.value) : null;
	const fine =
		p && (unit === 'month' ? p.m : unit === 'quarter' ? (p.m ?? p.q) : p.y) !== undefined;
	// A month the reference does not name sits mid-year, so shifting it keeps the year.
	if (p && fine) return { y: p.y, m: p.m ?? (p.q ? p.q * 3 - 1 : 6), d: p.d ?? 15 };
	return ref?.day ?? ctx.dct;
}
