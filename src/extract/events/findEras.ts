import type { Era, Source } from '../../timeline.ts';
import { findNames } from '../data/lookup.ts';
import type { Sentence } from '../types.ts';

/**
 * Eras are the wars the document names, with their gazetteer bounds; a war still going on runs to
 * the document date. Each era keeps every sentence that names it as a source.
 */
export function findEras(
	sentences: Sentence[],
	documentId: string,
	dct: string,
): Omit<Era, 'id'>[] {
	const byId = new Map<string, { era: Omit<Era, 'id'>; sources: Source[] }>();
	for (const s of sentences) {
		if (s.kind === 'residue') continue;
		for (const f of findNames(s.text, ['war'])) {
			const e = f.entry;
			if (
				!e.start ||
				(e.end === undefined && e.start > dct) ||
				(e.end !== undefined && e.start > dct)
			)
				continue;
			const entry = byId.get(e.id) ?? {
				era: {
					title: e.name,
					start: e.start,
					end: e.end ?? dct,
					approximate: e.end === undefined,
					explanation:
						e.end === undefined
							? `${e.name} from ${e.start}, still going on at the document date (${e.source})`
							: `${e.name}, ${e.start} to ${e.end} (${e.source})`,
					sources: [],
				},
				sources: [],
			};
			entry.sources.push({
				document: documentId,
				sentenceStart: s.start,
				sentenceEnd: s.end,
				phraseStart: s.start + f.start,
				phraseEnd: s.start + f.end,
			});
			byId.set(e.id, entry);
		}
	}
	return [...byId.values()].map(({ era, sources }) => ({ ...era, sources }));
}
