import type { TimelineEvent } from '../../timeline.ts';
import type { Draft } from './draft.ts';

/** How direct a derivation is: lower wins the title when mentions merge. */
export const RANK: Record<Draft['derivation'], number> = {
	explicit: 0,
	anniversary: 1,
	holiday: 2,
	relative: 3,
	duration: 4,
	inferred: 5,
	narrative: 6,
	reported: 7,
};

/**
 * Mentions of one thing (same date, same key) become one event with every source. The title and
 * derivation come from the most direct mention: an anniversary beats the holiday that marks it.
 */
export function mergeEvents(
	drafts: Draft[],
): Array<Omit<TimelineEvent, 'id'> & { anchor?: string }> {
	const groups = new Map<string, Draft[]>();
	for (const d of drafts) {
		const k = `${d.placement.start}|${d.placement.end ?? ''}|${d.key}`;
		const group = groups.get(k);
		if (group) group.push(d);
		else groups.set(k, [d]);
	}
	return [...groups.values()].map((group) => {
		const lead = [...group].sort(
			(a, b) =>
				RANK[a.derivation] - RANK[b.derivation] || a.source.phraseStart - b.source.phraseStart,
		)[0]!;
		const p = lead.placement;
		return {
			title: lead.title,
			summary: lead.summary,
			start: p.start,
			...(p.end !== undefined ? { end: p.end } : {}),
			precision: p.precision,
			approximate: group.every((d) => d.approximate),
			...(p.startLatest !== undefined ? { startLatest: p.startLatest } : {}),
			...(p.endEarliest !== undefined ? { endEarliest: p.endEarliest } : {}),
			derivation: lead.derivation,
			explanation: [...new Set(group.map((d) => d.explanation))].join('; '),
			confidence: Math.max(...group.map((d) => d.confidence)),
			sources: group.map((d) => d.source).sort((a, b) => a.phraseStart - b.phraseStart),
			// Sentence keys only hold one sentence's mentions together; gazetteer keys say what
			// the event is about, which lets another article's mention of it join it.
			...(lead.key.startsWith('sentence:') ? {} : { anchor: lead.key }),
		};
	});
}
