import { addYears, isoDay, parseYmd, type Ymd } from '../dates.ts';
import { ORDINALS, ORDINAL_NUMERAL, matchAny, parseOrdinal } from '../data/lexicon.ts';
import { findNames } from '../data/lookup.ts';
import type { GazetteerEntry } from '../data/gazetteer.ts';
import type { Recognizer, ResolveContext, Resolution } from '../types.ts';
import { matchAll } from './matchAll.ts';

const ANNIVERSARY = new RegExp(
	`(?<![\\w-])(?<p>(?:the\\s+)?(${ORDINAL_NUMERAL}|${matchAny(Object.keys(ORDINALS))})\\s+anniversary(?:\\s+of\\s+(?:the\\s+)?([^,.;:!?"”]{3,80}))?)`,
	'i',
);

/**
 * Which date of a gazetteer entry an anniversary counts from: the one the document states, else the
 * one whose anniversary falls nearest the document date, else the start.
 */
export function anchorDate(
	entry: GazetteerEntry,
	n: number,
	ctx: Pick<ResolveContext, 'dct' | 'statedDays'>,
): { date: Ymd; iso: string } | null {
	const ends = [entry.start, entry.end].filter((d): d is string => d !== undefined);
	const stated = ends.find((d) => ctx.statedDays.includes(d));
	const near = [...ends].sort(
		(a, b) =>
			Math.abs(Number(a.slice(0, 4)) + n - ctx.dct.y) -
			Math.abs(Number(b.slice(0, 4)) + n - ctx.dct.y),
	)[0];
	const iso = stated ?? near;
	const date = iso ? parseYmd(iso) : null;
	return date && iso ? { date, iso } : null;
}

/** "the 70th anniversary of the Korean War": the anchor's date plus N years. */
export const anniversary: Recognizer = (sentence) =>
	matchAll(sentence, ANNIVERSARY, (m) => {
		const n = parseOrdinal(m[2] ?? '');
		if (n === null || n === 0) return null;
		const anchorText = m[3] ?? '';
		const names = findNames(anchorText, ['war', 'event']);
		const found = names[0];
		// An anniversary of nothing the gazetteer dates names no time a reader could place; TimeML
		// does not mark it either (it is an event noun, not a temporal expression).
		if (!found) return null;
		// Narrow the phrase to end at the anchor's name, so trailing clauses stay out.
		const text = m[0].slice(0, m[0].length - anchorText.length + found.end);
		return {
			type: 'DATE',
			recognizer: 'anniversary',
			tags: ['anniversary'],
			priority: 3,
			narrow: text.length,
			resolve: (ctx): Resolution => {
				const anchor = anchorDate(found.entry, n, ctx);
				if (!anchor)
					return {
						value: 'XXXX',
						derivation: 'anniversary',
						explanation: 'undated anchor',
						certain: false,
						approximate: true,
					};
				const day = isoDay(addYears(anchor.date, n));
				return {
					value: day,
					placement: { start: day, precision: 'day' },
					derivation: 'anniversary',
					explanation: `${m[2]} anniversary of ${anchor.iso} (${found.entry.name})`,
					certain: true,
					approximate: false,
					anchor: found.entry.id,
					title: `${m[2]} anniversary of the ${found.entry.name}`,
				};
			},
		};
	});
