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
	const waiting = drafts.filter((d) => d.dependsOnCreationDate);
	const undated = mergeEvents(waiting).map((e): UndatedDraft => {
		const first = e.sources[0]!;
		return {
			title: e.title,
			summary: e.summary,
			document: first.document,
			explanation: explanation(e.derivation, text.slice(first.phraseStart, first.phraseEnd)),
			confidence: e.confidence,
			sources: e.sources,
		};
	});
	return { dated: drafts.filter((d) => !d.dependsOnCreationDate), undated };
}
