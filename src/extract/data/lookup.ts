import { GAZETTEER, type GazetteerEntry } from './gazetteer.ts';

export interface Found {
	entry: GazetteerEntry;
	start: number;
	end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

const PATTERNS = GAZETTEER.map((entry) => ({
	entry,
	re: new RegExp(
		`(?<![\\w-])(?:${[...entry.aliases, ...(entry.dayNames ?? [])].map(escape).join('|')})(?![\\w-])`,
		'gi',
	),
}));

/** Every place where a gazetteer name occurs in `text`, in text order. */
export function findNames(text: string, kinds?: GazetteerEntry['kind'][]): Found[] {
	const found: Found[] = [];
	for (const { entry, re } of PATTERNS) {
		if (kinds && !kinds.includes(entry.kind)) continue;
		for (const m of text.matchAll(re)) {
			found.push({ entry, start: m.index, end: m.index + m[0].length });
		}
	}
	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function entryById(id: string): GazetteerEntry | undefined {
	return GAZETTEER.find((e) => e.id === id);
}

/**
 * Among namesakes ("Victory Day" in Russia or in North Korea), the one whose places are named
 * closest: in the sentence first, then anywhere in the document.
 */
export function pickNamesake(
	candidates: GazetteerEntry[],
	sentence: string,
	documentText: string,
): GazetteerEntry | undefined {
	if (candidates.length <= 1) return candidates[0];
	const score = (e: GazetteerEntry, text: string) =>
		(e.places ?? []).reduce((n, p) => n + text.split(p).length - 1, 0);
	const ranked = [...candidates].sort(
		(a, b) =>
			score(b, sentence) - score(a, sentence) || score(b, documentText) - score(a, documentText),
	);
	return ranked[0];
}
