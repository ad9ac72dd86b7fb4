import type { Refiner } from '../types.ts';

const EDGE = /^\s|[\s,;:]$/;

/** Drops empty phrases and trims spaces and trailing commas, so offsets slice exactly the phrase. */
export const trimPhrase: Refiner = (candidates) =>
	candidates.flatMap((c) => {
		// Most phrases are already tight: keep those as they are instead of copying each.
		if (c.text && c.end - c.start === c.text.length && !EDGE.test(c.text)) return [c];
		const lead = c.text.length - c.text.trimStart().length;
		const text = c.text.trim().replace(/[,;:]+$/, '');
		if (!text) return [];
		return [{ ...c, start: c.start + lead, end: c.start + lead + text.length, text }];
	});
