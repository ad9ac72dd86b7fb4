import type { Era, Source, TimelineEvent } from '../../timeline.ts';
import { RANK } from './mergeEvents.ts';

/** An event before ids, with the gazetteer entry it is about when one is known. */
export type AnchoredEvent = Omit<TimelineEvent, 'id'> & { anchor?: string };

// Function words and the verbs of reporting: two reports sharing "said" say nothing of one event.
const STOP = new Set(
	`the a an and or but of in on at to for from by with as into over after before about than
	this that these those its his her their our was were is are be been being has have had will
	would could should can may might not no it they he she we who which what when where there
	said says say told according reported announced added also more most some many other`.split(/\s+/),
);

// Many events of one day compare their titles pairwise: read each title's words once.
const wordsOf = new Map<string, Set<string>>();

/** Lower-case content words of a title, with plural and past-tense endings levelled. */
export function contentWords(title: string): Set<string> {
	const known = wordsOf.get(title);
	if (known) return known;
	const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	const set = new Set(
		words
			.filter((w) => w.length > 2 && !STOP.has(w))
			// "dies", "died" → "die"; "carries", "carried" → "carry"; "rises", "rising" → "ris".
			.map((w) =>
				/^\w\w?(?:ies|ied)$/.test(w)
					? w.replace(/(?:ies|ied)$/, 'ie')
					: w.replace(/(?:ies|ied)$/, 'y').replace(/(?<=\w{3})(?:es|s|ed|ing)$/, ''),
			),
	);
	if (wordsOf.size > 10_000) wordsOf.clear();
	wordsOf.set(title, set);
	return set;
}

/** How many words two sets of content words share. */
export function sharedWords(x: Set<string>, y: Set<string>): number {
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared;
}

/**
 * Two titles name the same happening when they share at least two content words and those make up
 * two thirds of the shorter title ("Armistice signed at Panmunjom" / "Korean War armistice signed").
 */
export function titlesOverlap(a: string, b: string): boolean {
	const x = contentWords(a);
	const y = contentWords(b);
	const shared = sharedWords(x, y);
	return shared >= 2 && shared >= (2 / 3) * Math.min(x.size, y.size);
}

const placementOf = (e: AnchoredEvent) => `${e.start}|${e.end ?? ''}|${e.precision}`;

/**
 * The cross-document rule: the same event when the dates agree exactly (start, end, precision)
 * AND either both are about the same gazetteer anchor (a war's end, an anniversary of it) or
 * their titles overlap strongly. Same-day events with different subjects stay apart.
 */
export function sameEvent(a: AnchoredEvent, b: AnchoredEvent): boolean {
	if (placementOf(a) !== placementOf(b)) return false;
	if (a.anchor !== undefined && a.anchor === b.anchor) return true;
	return titlesOverlap(a.title, b.title);
}

function documentsOf(sources: Source[]): Set<string> {
	return new Set(sources.map((s) => s.document));
}

function combine(group: AnchoredEvent[], order: Map<string, number>): AnchoredEvent {
	// The earliest article names the event, so adding an article later never renames (and so never
	// re-ids) what a reader may already have linked to; the most direct mention says how the date
	// is known, and the surest one how sure we are.
	const [first] = group;
	const direct = [...group].sort(
		(a, b) => RANK[a.derivation] - RANK[b.derivation] || b.confidence - a.confidence,
	)[0]!;
	const explanations = group.flatMap((e) => e.explanation.split('; '));
	const at = (s: Source) => order.get(s.document) ?? 0;
	return {
		...first!,
		derivation: direct.derivation,
		approximate: group.every((e) => e.approximate),
		explanation: [...new Set(explanations)].join('; '),
		confidence: Math.max(...group.map((e) => e.confidence)),
		sources: group
			.flatMap((e) => e.sources)
			.sort((a, b) => at(a) - at(b) || a.phraseStart - b.phraseStart),
	};
}

/**
 * Merges events of several documents (given in document order). Each event joins the first
 * earlier group it is the same event as, unless that group already holds its document: within
 * one article, two mentions on one day that the article itself kept apart are two events.
 */
export function mergeDocuments(perDocument: AnchoredEvent[][]): AnchoredEvent[] {
	const order = new Map<string, number>();
	const groups: { members: AnchoredEvent[]; documents: Set<string> }[] = [];
	const byPlacement = new Map<string, typeof groups>();
	for (const events of perDocument) {
		for (const event of events) {
			const docs = documentsOf(event.sources);
			for (const d of docs) if (!order.has(d)) order.set(d, order.size);
			const at = placementOf(event);
			const candidates = byPlacement.get(at) ?? [];
			const home = candidates.find(
				(g) =>
					![...docs].some((d) => g.documents.has(d)) && g.members.some((m) => sameEvent(m, event)),
			);
			if (home) {
				home.members.push(event);
				for (const d of docs) home.documents.add(d);
				continue;
			}
			const group = { members: [event], documents: docs };
			groups.push(group);
			candidates.push(group);
			byPlacement.set(at, candidates);
		}
	}
	return groups.map((g) => (g.members.length === 1 ? g.members[0]! : combine(g.members, order)));
}

/** Eras of several documents: one band per named era, with every document's sources. */
export function mergeEras(perDocument: Omit<Era, 'id'>[][]): Omit<Era, 'id'>[] {
	const byKey = new Map<string, Omit<Era, 'id'>>();
	for (const era of perDocument.flat()) {
		const key = `${era.title}|${era.start}`;
		const seen = byKey.get(key);
		if (!seen) {
			byKey.set(key, era);
			continue;
		}
		// A war still going on runs to each document's date: the latest article sees furthest.
		const later = era.end > seen.end ? era : seen;
		byKey.set(key, { ...later, sources: [...seen.sources, ...era.sources] });
	}
	return [...byKey.values()];
}
