import type { UndatedEvent } from '../../timeline.ts';
import type { Draft } from './draft.ts';
import { mergeEvents } from './mergeEvents.ts';

/** An undated event before id assignment. */
export type UndatedDraft = Omit<UndatedEvent, 'id'>;

const UNKNOWN = "the article's date, which is unknown";

/** Why an event waits, in words that never show the provisional date it was anchored to. */
function explanation(derivation: Draft['derivation'], phrase: string): string {
	if (derivation === 'reported') return `reported as news of ${UNKNOWN}`;
	if (derivation === 'inferred' || derivation === 'narrative')
		return `no date in the sentence; it takes the date of an event counted from ${UNKNOWN}`;
	return `"${phrase}" counts from ${UNKNOWN}`;
}

/**
 * Splits drafts by whether they can be placed. With the document date known every draft is dated
 * (its `dependsOnCreationDate` changes nothing). With it unknown, drafts that depend on it are merged
 * as dated ones are and kept as undated events: their provisional dates are dropped, not shown.
 */
export function splitUndated(
	drafts: Draft[],
	dateKnown: boolean,
	text: string,
): { dated: Draft[]; undated: UndatedDraft[] } {
	if (dateKnown) return { dated: drafts, undated: [] };
	// Each draft says why it waits before merging, so a merged event says it of every mention.
	const waiting = drafts
		.filter((d) => d.dependsOnCreationDate)
		.map((d) => ({
			...d,
			explanation: explanation(d.derivation, text.slice(d.source.phraseStart, d.source.phraseEnd)),
		}));
	const undated = mergeEvents(waiting).map((e): UndatedDraft => ({
		title: e.title,
		summary: e.summary,
		document: e.sources[0]!.document,
		explanation: e.explanation,
		confidence: e.confidence,
		sources: e.sources,
	}));
	return { dated: drafts.filter((d) => !d.dependsOnCreationDate), undated };
}
