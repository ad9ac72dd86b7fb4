import type { Source, Timeline } from '../timeline.ts';

function fresh(id: string, taken: Set<string>): string {
	let out = id;
	for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
	taken.add(out);
	return out;
}

/**
 * `base` with `extra`'s documents, events and eras after its own. Used when the base cannot be
 * extracted again (a timeline opened from a file, whose events come from the file, not from its
 * text): nothing of it changes, and clashing ids in `extra` get a `-2`, `-3`, … suffix.
 */
export function appendTimeline(base: Timeline, extra: Timeline): Timeline {
	const docIds = new Set(base.documents.map((d) => d.id));
	const renamed = new Map(extra.documents.map((d) => [d.id, fresh(d.id, docIds)]));
	const remap = (sources: Source[]) =>
		sources.map((s) => ({ ...s, document: renamed.get(s.document) ?? s.document }));
	const ids = new Set([...base.events, ...base.eras, ...base.undated].map((e) => e.id));
	return {
		...base,
		documents: [
			...base.documents,
			...extra.documents.map((d) => ({ ...d, id: renamed.get(d.id)! })),
		],
		events: [
			...base.events,
			...extra.events.map((e) => ({ ...e, id: fresh(e.id, ids), sources: remap(e.sources) })),
		],
		eras: [
			...base.eras,
			...extra.eras.map((e) => ({ ...e, id: fresh(e.id, ids), sources: remap(e.sources) })),
		],
		undated: [
			...base.undated,
			...extra.undated.map((e) => ({
				...e,
				id: fresh(e.id, ids),
				document: renamed.get(e.document) ?? e.document,
				sources: remap(e.sources),
			})),
		],
	};
}
