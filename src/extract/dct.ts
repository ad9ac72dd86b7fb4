import * as chrono from 'chrono-node';
import type { CreationDate } from '../timeline.ts';
import { addDays, compareYmd, isoDay, parseYmd, weekday, type Ymd } from './dates.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Sentence } from './types.ts';
import { sentenceOf } from './anchor.ts';
import { WEEKDAY_NAMES } from './data/lexicon.ts';

const DAY_NAMES = WEEKDAY_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1));
const PLACEHOLDER: Ymd = { y: 1970, m: 1, d: 1 };

export interface DctResult {
	dct: Ymd;
	creationDate: CreationDate;
	warnings: string[];
}

/** A dateline: a full date at the head of one of the first lines ("SEOUL, July 27, 2023 —"). */
function dateline(text: string): Ymd | null {
	const lines = text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.slice(0, 4);
	for (const line of lines) {
		const head = line.slice(0, 80);
		for (const r of chrono.strict.parse(head, new Date(Date.UTC(2000, 0, 1)))) {
			const c = r.start;
			if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
			const after = head.slice(r.index + r.text.length);
			const short = line.split(/\s+/).length <= 10;
			const lead = r.index <= 40 && /^\s*(?:[—–-]{1,2}|\(|\||:|$)/.test(after);
			if (short || lead) {
				const v = { y: c.get('year') ?? 0, m: c.get('month') ?? 0, d: c.get('day') ?? 0 };
				if (parseYmd(isoDay(v))) return v;
			}
		}
	}
	return null;
}

/**
 * The document creation date: `--dct` if given, else a dateline, else inferred from an anniversary
 * checked against a weekday the text mentions in the past tense, else the latest stated date.
 * Never the wall clock, so the same text always gives the same date.
 */
export function creationDate(
	text: string,
	sentences: Sentence[],
	candidates: Candidate[],
	statedDays: string[],
	dctOption?: string,
	givenBy = '--dct',
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
	const line = dateline(text);
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
	const provisional = latest ?? PLACEHOLDER;
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
	warnings.push('no date found in the text: using 1970-01-01 as a placeholder document date');
	return {
		dct: PLACEHOLDER,
		creationDate: {
			value: isoDay(PLACEHOLDER),
			inferred: true,
			evidence: 'no date found in the text; placeholder 1970-01-01',
		},
		warnings,
	};
}
