import { isoMonth } from '../dates.ts';
import { AP_MONTH_ABBREVIATIONS, MONTH_NAMES, matchAny, parseMonth } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { referenceParts } from '../referenceTime.ts';
import { yearFor, yearSource } from './yearFor.ts';
import { matchAll } from './matchAll.ts';

// "May" is also a modal verb: accept it alone only after a preposition or before a year.
const TEMPORAL_BEFORE =
	/\b(?:in|since|until|till|by|of|during|early|late|mid|last|next|this|before|after|from|through|to|between|and|the|each|every)\s+$/i;

// Case-sensitive, so "may" and "march" as verbs stay out; abbreviations as news style writes them.
const MONTH = `${matchAny(MONTH_NAMES, { capitalized: true })}|${matchAny(Object.keys(AP_MONTH_ABBREVIATIONS), { capitalized: true })}\\.`;
const MONTH_PHRASE = new RegExp(
	`(?<![\\w])(?<p>(?:(last|next|this|early|late|mid)[- ]?\\s*)?(${MONTH})(?:,?\\s+(?:of\\s+)?(\\d{4})|\\s+(?:of\\s+)?(last|this|next)\\s+year|\\s+of\\s+(that|the same|the following|the previous|the next|the preceding)\\s+year)?)(?![\\w-])(?!\\s*\\d)`,
);

/**
 * A month with or without its year: "July 1953", "in January", "last March", "June last year",
 * "August of that year" (the year the text last stated).
 */
export const monthName: Recognizer = (sentence) =>
	matchAll(sentence, MONTH_PHRASE, (m) => {
		const name = m[3] ?? '';
		if (
			name === 'May' &&
			!m[4] &&
			!m[2] &&
			!TEMPORAL_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 80), m.index))
		)
			return null;
		if (
			name === 'March' &&
			!m[4] &&
			!m[2] &&
			!TEMPORAL_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 80), m.index))
		)
			return null;
		const month = parseMonth(name) ?? 1;
		const stated = m[4] ? Number(m[4]) : undefined;
		const rel = m[2]?.toLowerCase();
		const yearShift = { last: -1, this: 0, next: 1 }[m[5]?.toLowerCase() ?? ''];
		const storyYear = m[6]
			? /following|next/i.test(m[6])
				? 1
				: /previous|preceding/i.test(m[6])
					? -1
					: 0
			: undefined;
		return {
			type: 'DATE',
			recognizer: 'monthName',
			resolve: (ctx) => {
				if (storyYear !== undefined) {
					// "August of that year": the year the text last stated, else the document's.
					const ref = ctx.reference ? referenceParts(ctx.reference.value) : null;
					const y = (ref?.y ?? ctx.dct.y) + storyYear;
					const value = isoMonth(y, month);
					return {
						value,
						placement: { start: value, precision: 'month' },
						derivation: 'relative',
						explanation: `${name} of ${m[6]} year, from ${ref ? `the reference time ${ctx.reference!.value}` : 'the document date'}`,
						certain: ref !== null,
						approximate: false,
					};
				}
				if (yearShift !== undefined) {
					const value = isoMonth(ctx.dct.y + yearShift, month);
					return {
						value,
						placement: { start: value, precision: 'month' },
						derivation: 'relative',
						explanation: `${name} of ${m[5]} year from the document date`,
						certain: true,
						approximate: false,
					};
				}
				let y = stated ?? yearFor(month, 15, ctx);
				if (stated === undefined && rel === 'last')
					y = month < ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
				if (stated === undefined && rel === 'next')
					y = month > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
				if (stated === undefined && rel === 'this') y = ctx.dct.y;
				// "last", "next" and "this" September count from the writer's now.
				const deictic = rel === 'last' || rel === 'next' || rel === 'this';
				const value = isoMonth(y, month);
				const mod =
					rel === 'early' ? 'START' : rel === 'late' ? 'END' : rel === 'mid' ? 'MID' : undefined;
				return {
					value,
					...(mod ? { mod } : {}),
					placement: { start: value, precision: 'month' },
					derivation: stated !== undefined ? 'explicit' : 'relative',
					explanation:
						stated !== undefined
							? 'stated'
							: `year ${y} taken from ${deictic ? 'the document date' : yearSource(ctx)}`,
					certain: stated !== undefined,
					approximate: false,
				};
			},
		};
	});
