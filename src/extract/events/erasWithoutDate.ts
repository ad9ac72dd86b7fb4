import { compareIso, type Era } from '../../timeline.ts';
import type { Sentence } from '../types.ts';
import type { Draft } from './draft.ts';
import { findEras } from './findEras.ts';

/** Stands in for a document date no era can reach, so that only eras still going on end at it. */
const NO_HORIZON = '9999-12-31';

/**
 * The document's eras when its date is unknown. A finished era keeps its bounds; one still going on
 * runs to the latest date the text states (the article is written no earlier), and with no stated
 * date it has no end to draw and is left out rather than ended at a made-up date.
 */
export function erasWithoutDate(
	sentences: Sentence[],
	documentId: string,
	dated: Draft[],
): Omit<Era, 'id'>[] {
	const latest = dated
		.map((d) => d.placement.end ?? d.placement.start)
		.sort(compareIso)
		.at(-1);
	return findEras(sentences, documentId, latest ?? NO_HORIZON).filter((e) => e.end !== NO_HORIZON);
}
