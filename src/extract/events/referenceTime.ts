import type { Resolved } from '../anchor.ts';
import { addDays, compareYmd, daysInMonth, parseYmd, type Ymd } from '../dates.ts';
import type { Placement, Sentence } from '../types.ts';

/** The discourse's reference time at a sentence: the latest date the text has placed before it. */
export interface Reference {
	placement: Placement;
	/** Paragraph of the sentence that stated it. */
	paragraph: number;
	/**
	 * True when it lies in a past the article tells as a story: more than a month before the
	 * article date. A reference near the article date is the article's own present.
	 */
	narrative: boolean;
	/** True when the mention that set it counts from the article's date ("today", "on Monday"). */
	dependsOnCreationDate?: boolean;
}

// A date inside a noun phrase names its noun ("the 1953 armistice", "last month's shooting"); only
// a temporal adverbial ("in 1953", "on Thursday", "Yesterday, …") sets the time of what follows.
const DETERMINER_BEFORE = /(?:^|[^\w])(?:the|a|an|this|that|its|their|his|her|our|\w+['’]s)\s+$/i;
const PREPOSITION_BEFORE =
	/\b(?:in|on|at|during|by|until|till|since|from|through|throughout|after|before)\s+\S+\s+$/i;
const POSSESSIVE_AFTER = /^['’]s\b/;
/** Before a date that bounds a span ("since December", "until 2020"): it places nothing there. */
export const SPAN_BOUND = /\b(?:since|until|till|through)\s+(?:the\s+)?$/i;

/** True when the mention modifies a noun rather than dating its clause. */
function isNominalModifier(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 30), start);
	if (POSSESSIVE_AFTER.test(sentence.slice(end))) return true;
	return DETERMINER_BEFORE.test(before) && !PREPOSITION_BEFORE.test(before);
}

/** How far back a stated date may lie and still be the article's present (news of the last weeks). */
const PRESENT_WINDOW_DAYS = 31;

function lastDay(p: Placement): Ymd | null {
	const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(p.end ?? p.start);
	if (!m) return null;
	const y = Number(m[1]);
	if (m[3]) return parseYmd(`${m[1]}-${m[2]}-${m[3]}`);
	// A year or month reference lasts to its final day: "in 2023" is the present in July 2023.
	if (m[2]) return { y, m: Number(m[2]), d: daysInMonth(y, Number(m[2])) };
	return { y, m: 12, d: 31 };
}

/** Whether a placement is a date a narrative can sit at: a day, month or year, not a span or decade. */
function isPoint(p: Placement): boolean {
	return (
		p.end === undefined &&
		(p.precision === 'day' ||
			p.precision === 'month' ||
			p.precision === 'year' ||
			p.precision === 'minute')
	);
}

/**
 * The reference time in force at each sentence (before its own dates), carried forward across
 * paragraphs: the most recent point-like date placed by a stated or anchored mention. Durations,
 * sets and spans do not move it, nor do dates that modify a noun or that `background` says
 * describe one. `present` says whether the
 * text places anything in the article's own present at all; a history that never does is
 * narrative throughout.
 */
export function referenceTimes(
	sentences: Sentence[],
	resolved: Resolved[],
	dct: Ymd,
	background: (r: Resolved) => boolean = () => false,
): { at: Map<Sentence, Reference | undefined>; present: boolean } {
	const out = new Map<Sentence, Reference | undefined>();
	const cutoff = addDays(dct, -PRESENT_WINDOW_DAYS);
	let current: Reference | undefined;
	let i = 0;
	let present = false;
	for (const s of sentences) {
		out.set(s, current);
		for (; i < resolved.length && resolved[i]!.candidate.start < s.end; i++) {
			const r = resolved[i]!;
			const p = r.resolution.placement;
			if (
				!p ||
				(r.candidate.type !== 'DATE' && r.candidate.type !== 'TIME') ||
				!isPoint(p) ||
				r.resolution.derivation === 'duration'
			)
				continue;
			const at = r.candidate.start - r.sentence.start;
			if (isNominalModifier(r.sentence.text, at, r.candidate.end - r.sentence.start)) continue;
			// "since December", "until 2020": a bound of a span places nothing at that date.
			if (SPAN_BOUND.test(r.sentence.text.slice(Math.max(0, at - 12), at))) continue;
			// A date in a relative clause describes a noun's past; the story stays where it was.
			if (background(r)) continue;
			const end = lastDay(p);
			if (!end) continue;
			// Nor does a plan move it: "promised a referendum next year. Applause echoed …". (A
			// date before the article's is no plan, whatever the clause around it reads as.) Nor a
			// deadline or a schedule that starts after the article's date, whatever the mood of
			// its clause ("ruled that the boy should be returned by Jan. 14"): what the text reports
			// as having happened happened by the time it was written.
			if (r.tense === 'future' && compareYmd(end, dct) > 0) continue;
			const start = parseYmd(p.start.slice(0, 10));
			if (start && p.start.length >= 10 && compareYmd(start, dct) > 0) continue;
			const narrative = compareYmd(end, cutoff) < 0;
			present ||= !narrative;
			current = {
				placement: { start: p.start, precision: p.precision },
				paragraph: s.paragraph,
				narrative,
				...(r.dependsOnCreationDate ? { dependsOnCreationDate: true } : {}),
			};
		}
	}
	return { at: out, present };
}
