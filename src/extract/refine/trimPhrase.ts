import type { Refiner } from '../types.ts';

/** Drops empty phrases and trims spaces and trailing commas, so offsets slice exactly the phrase. */
export const trimPhrase: Refiner = (candidates) =>
	candidates.flatMap((c) => {
		const lead = c.text.length - c.text.trimStart().length;
		const text = c.text.trim().replace(/[,;:]+$/, '');
		if (!text) return [];
		return [{ ...c, start: c.start + lead, end: c.start + lead + text.length, text }];
	});
