import { referenceParts } from '../referenceTime.ts';
import type { ResolveContext } from '../types.ts';

/** Half a year, in the month × 31 + day units the comparisons below use. */
const HALF_YEAR = 6 * 31;

/**
 * Picks the year a reader gives a yearless date. While the text tells a past ("In 1920 … On
 * September 18"), the year of the reference time, rolled forward when the date falls more than half
 * a year before it ("In December 1920 … On January 3" is 1921), as a story moves forward; a future
 * clause never goes back before it, a past perfect one never forward. Otherwise the year nearest the document date, by tense.
 */
export function yearFor(
	month: number,
	day: number,
	ctx: Pick<ResolveContext, 'dct' | 'tense' | 'reference' | 'anterior'>,
): number {
	const ref = ctx.reference?.narrative ? referenceParts(ctx.reference.value) : null;
	if (ref) {
		if (ref.m === undefined) return ref.y;
		const diff = (month - ref.m) * 31 + (day - (ref.d ?? 15));
		// "In March 1888 … owners who had ignored a warning in August": the past perfect looks
		// back from the story's time, never forward.
		if (ctx.anterior) return diff > 0 ? ref.y - 1 : ref.y;
		const forward = ctx.tense === 'future' ? diff < 0 : diff < -HALF_YEAR;
		return forward ? ref.y + 1 : ref.y;
	}
	const { dct } = ctx;
	const diff = (month - dct.m) * 31 + (day - dct.d);
	// News reports the past: a date months after the document date belongs to last year.
	if (ctx.tense !== 'future' && diff > 62) return dct.y - 1;
	if (ctx.tense === 'future' && diff < -62) return dct.y + 1;
	return dct.y;
}

/** How a yearless date got its year, for the explanation a reader sees. */
export function yearSource(ctx: Pick<ResolveContext, 'reference'>): string {
	return ctx.reference?.narrative
		? `the reference time ${ctx.reference.value}, the date the text last stated`
		: 'the document date';
}
