import { GAZETTEER, type GazetteerEntry } from './gazetteer.ts';

export interface Found {
	entry: GazetteerEntry;
	start: number;
	end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

const namesOf = (entry: GazetteerEntry) => [...entry.aliases, ...(entry.dayNames ?? [])];
const patternOf = (names: string[], flags: string) =>
	new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])`, flags);

const PATTERNS = GAZETTEER.map((entry) => ({ entry, re: patternOf(namesOf(entry), 'gi') }));

// Most sentences name nothing: one search for any name of the asked kinds rules that out before
// each entry searches for its own. Alternation backtracks through every name at each position, so
// it matches somewhere exactly when some entry's pattern does.
const anyName = new Map<string, RegExp>();
function anyNameOf(kinds?: GazetteerEntry['kind'][]): RegExp {
	const key = kinds ? kinds.join() : '*';
	let re = anyName.get(key);
	if (!re) {
		const entries = GAZETTEER.filter((e) => !kinds || kinds.includes(e.kind));
		re = patternOf(entries.flatMap(namesOf), 'i');
		anyName.set(key, re);
	}
	return re;
}

/** Every place where a gazetteer name occurs in `text`, in text order. */
export function findNames(text: string, kinds?: GazetteerEntry['kind'][]): Found[] {
	const found: Found[] = [];
	if (!anyNameOf(kinds).test(text)) return found;
	for (const { entry, re } of PATTERNS) {
		if (kinds && !kinds.includes(entry.kind)) continue;
		// exec in place: String.prototype.matchAll would clone the pattern. Like matchAll, step past
		// an empty match (an empty alias), which would otherwise repeat forever.
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (!m[0]) re.lastIndex++;
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
