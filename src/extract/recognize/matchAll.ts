import type { Candidate, Sentence, Tag } from '../types.ts';

/**
 * Runs a regex over a sentence and builds candidates with document offsets.
 * `build` gets the match and returns the candidate's meaning, or null to skip the match.
 * A named group `p`, when matched, narrows the phrase, so context can be matched outside it;
 * `narrow` in the built value shortens the phrase to its first `narrow` characters, `skip` drops
 * that many leading characters. Candidates built without tags get none.
 */
// Recognisers run every pattern on every sentence (a regex literal in a function is a new object
// each call): compile each global copy once, by source. Match indices (the `d` flag) cost time
// on every match, so only patterns with a `p` group ask for them.
const compiled = new Map<string, RegExp>();
function globalOf(re: RegExp): RegExp {
	const key = `${re.flags}/${re.source}`;
	let g = compiled.get(key);
	if (!g) {
		const flags = new Set([...re.flags, 'g']);
		if (re.source.includes('(?<p>')) flags.add('d');
		g = new RegExp(re.source, [...flags].join(''));
		compiled.set(key, g);
	}
	return g;
}

export function matchAll(
	sentence: Sentence,
	re: RegExp,
	build: (m: RegExpExecArray) =>
		| (Omit<Candidate, 'start' | 'end' | 'text' | 'tags'> & {
				tags?: readonly Tag[];
				narrow?: number;
				skip?: number;
		  })
		| null,
): Candidate[] {
	const out: Candidate[] = [];
	const g = globalOf(re);
	for (const m of sentence.text.matchAll(g)) {
		if (m[0].length === 0) continue;
		const [s, full] = m.indices?.groups?.p ?? [m.index, m.index + m[0].length];
		const built = build(m as RegExpExecArray);
		if (!built) continue;
		const { narrow, skip = 0, tags = [], ...candidate } = built;
		const e = narrow !== undefined ? Math.min(full, s + narrow) : full;
		const b = Math.min(s + skip, e);
		out.push({
			...candidate,
			tags,
			start: sentence.start + b,
			end: sentence.start + e,
			text: sentence.text.slice(b, e),
		});
	}
	return out;
}
