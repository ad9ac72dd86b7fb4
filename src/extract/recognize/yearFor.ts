import type { ResolveContext } from '../types.ts';

/** Picks the year a reader gives a yearless date: the one nearest the document date, by tense. */
export function yearFor(
	month: number,
	day: number,
	ctx: Pick<ResolveContext, 'dct' | 'tense'>,
): number {
	const { dct } = ctx;
	const diff = (month - dct.m) * 31 + (day - dct.d);
	// News reports the past: a date months after the document date belongs to last year.
	if (ctx.tense !== 'future' && diff > 62) return dct.y - 1;
	if (ctx.tense === 'future' && diff < -62) return dct.y + 1;
	return dct.y;
}
