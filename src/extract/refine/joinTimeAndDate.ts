import { sentenceOf } from '../anchor.ts';
import { parseYmd } from '../dates.ts';
import type { Candidate, Refiner } from '../types.ts';

// What may stand between a clock time and its day: a time zone, "on", "of".
const BETWEEN = /^[ \t]*(?:[A-Z]{2,4}[ \t]+)?(?:(?:on|of)[ \t]+)?$/;

const isClockOnly = (c: Candidate) => c.type === 'TIME' && c.tags.includes('clockTime');

/**
 * A clock time right before its day ("9 a.m. Tuesday", "4 a.m. EDT Thursday", "noon Thursday") is
 * one TIME on that day. Runs after overlaps are removed, so both halves are final.
 */
export const joinTimeAndDate: Refiner = (candidates, text, sentences) => {
	const sentenceAt = (offset: number) => sentenceOf(sentences, offset);
	const out: Candidate[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const time = candidates[i]!;
		const day = candidates[i + 1];
		if (
			!day ||
			!isClockOnly(time) ||
			!day.tags.includes('day') ||
			day.type !== 'DATE' ||
			!BETWEEN.test(text.slice(time.end, day.start)) ||
			sentenceAt(time.start) !== sentenceAt(day.start)
		) {
			out.push(time);
			continue;
		}
		out.push({
			start: time.start,
			end: day.end,
			text: text.slice(time.start, day.end),
			type: 'TIME',
			recognizer: 'joinTimeAndDate',
			tags: [],
			resolve: (ctx) => {
				const d = day.resolve(ctx);
				const on = d ? parseYmd(d.value) : null;
				if (!d || !on) return time.resolve(ctx);
				const t = time.resolve({
					...ctx,
					reference: { value: d.value, day: on, narrative: ctx.reference?.narrative ?? false },
				});
				return t
					? { ...t, derivation: d.derivation, explanation: `${t.explanation}; ${d.explanation}` }
					: d;
			},
		});
		i++;
	}
	return out;
};
