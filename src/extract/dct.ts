import * as chrono from 'chrono-node';
import type { CreationDate } from '../timeline.ts';
import { addDays, compareYmd, isoDay, parseYmd, weekday, type Ymd } from './dates.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Sentence } from './types.ts';
import { sentenceOf } from './anchor.ts';
import { WEEKDAY_NAMES } from './data/lexicon.ts';

const DAY_NAMES = WEEKDAY_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1));
/**
 * Anchors anniversaries while the date is still being inferred. It only breaks ties between the
 * start and end of a gazetteer entry, so any date serves; a text with no stated day uses it.
 */
const ANNIVERSARY_PROBE: Ymd = { y: 2000, m: 1, d: 1 };

/** Evidence of a creation date that could not be found. */
export const NO_DATE_EVIDENCE =
	'no dateline, no date given for the article, and no date in the text to infer it from';

export interface DctResult {
	/** The document date, or null when it is unknown: never a placeholder standing in for it. */
	dct: Ymd | null;
	creationDate: CreationDate;
	warnings: string[];
}

/** The date the dateline gives (segment() marks the dateline), when it states day, month and year. */
function dateline(sentences: Sentence[]): Ymd | null {
	for (const s of sentences) {
		if (s.kind !== 'dateline') continue;
		for (const r of chrono.strict.parse(s.text, new Date(Date.UTC(2000, 0, 1)))) {
			const c = r.start;
			if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
			const v = { y: c.get('year') ?? 0, m: c.get('month') ?? 0, d: c.get('day') ?? 0 };
			if (parseYmd(isoDay(v))) return v;
		}
	}
	return null;
}

/**
 * The document creation date: `--dct` if given, else a dateline, else inferred from an anniversary
 * checked against a weekday the text mentions in the past tense, else the latest stated date, else
 * unknown (`dct: null`, `creationDate.value: null`). Never the wall clock, so the same text always
 * gives the same date.
 */
export function creationDate(
	text: string,
	sentences: Sentence[],
	candidates: Candidate[],
	statedDays: string[],
	dctOption?: string,
	givenBy = '--dct',
	latestMentioned: () => string | undefined = () => undefined,
): DctResult {
	const warnings: string[] = [];
	if (dctOption !== undefined) {
		const given = parseYmd(dctOption);
		if (given)
			return {
				dct: given,
				creationDate: { value: isoDay(given), inferred: false, evidence: givenBy },
				warnings,
			};
		warnings.push(`ignoring ${givenBy} "${dctOption}": expected YYYY-MM-DD`);
	}
	const line = dateline(sentences);
	if (line)
		return {
			dct: line,
			creationDate: { value: isoDay(line), inferred: false, evidence: 'dateline' },
			warnings,
		};

	const latest = statedDays
		.map(parseYmd)
		.filter((d): d is Ymd => d !== null)
		.sort(compareYmd)
		.at(-1);
	const provisional = latest ?? ANNIVERSARY_PROBE;
	const pastWeekdays = candidates.flatMap((c) => {
		const s = sentenceOf(sentences, c.start);
		if (c.weekday === undefined || !s) return [];
		return tenseAround(s.text, c.start - s.start, c.end - s.start) === 'future' ? [] : [c.weekday];
	});
	const anniversaries = candidates
		.filter((c) => c.tags.includes('anniversary'))
		.flatMap((c) => {
			const sentence = sentenceOf(sentences, c.start);
			if (!sentence) return [];
			const r = c.resolve({
				dct: provisional,
				tense: 'past',
				documentText: text,
				sentence,
				statedDays,
			});
			const day = r?.placement?.precision === 'day' ? parseYmd(r.placement.start) : null;
			return day && r ? [{ day, explanation: r.explanation }] : [];
		});
	if (anniversaries.length) {
		const fits = (d: Ymd, w: number) =>
			[0, 1, 2, 3, 4, 5, 6].find((k) => weekday(addDays(d, -k)) === w);
		const scored = anniversaries.map((a) => ({
			...a,
			exact: pastWeekdays.filter((w) => fits(a.day, w) === 0).length,
		}));
		scored.sort((a, b) => b.exact - a.exact || compareYmd(b.day, a.day));
		const best = scored[0]!;
		const checks = [...new Set(pastWeekdays)].map((w) => {
			const k = fits(best.day, w) ?? 0;
			return k === 0
				? `a ${DAY_NAMES[w]}, as the text's "${DAY_NAMES[w]}" in the past tense says`
				: `${k} day(s) after a ${DAY_NAMES[w]}, consistent with the text's past-tense "${DAY_NAMES[w]}"`;
		});
		const evidence = `${best.explanation} falls on ${isoDay(best.day)}${checks.length ? ', ' + checks.join('; ') : ''}`;
		return {
			dct: best.day,
			creationDate: { value: isoDay(best.day), inferred: true, evidence },
			warnings,
		};
	}
	// An article is written after what it tells: a stated day older than a year or date the text
	// also gives ("opened on July 27, 1953 … rebuilt in 1980") is history, not the article's date.
	const later = latest && latestMentioned();
	if (latest && later && later.slice(0, 10) > isoDay(latest) && !later.startsWith(isoDay(latest)))
		return {
			dct: null,
			creationDate: {
				value: null,
				inferred: true,
				evidence: `no dateline or date given for the article; its latest stated day, ${isoDay(latest)}, cannot be its date, since the text also speaks of ${later}`,
			},
			warnings,
		};
	if (latest) {
		warnings.push(
			`no dateline: using the latest date stated in the text, ${isoDay(latest)}, as the document date`,
		);
		return {
			dct: latest,
			creationDate: {
				value: isoDay(latest),
				inferred: true,
				evidence: 'latest date stated in the text (no dateline or anniversary found)',
			},
			warnings,
		};
	}
	// No warning here: the contract says it (value null), and the CLI names the article and counts
	// the events waiting for its date.
	return {
		dct: null,
		creationDate: { value: null, inferred: true, evidence: NO_DATE_EVIDENCE },
		warnings,
	};
}
