import type { Candidate, Sentence, Tag } from '../types.ts';

/**
 * Runs a regex over a sentence and builds candidates with document offsets.
 * `build` gets the match and returns the candidate's meaning, or null to skip the match.
 * A named group `p`, when matched, narrows the phrase, so context can be matched outside it;
 * `narrow` in the built value shortens the phrase to its first `narrow` characters, `skip` drops
 * that many leading characters. Candidates built without tags get none.
 */
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
	const flags = [...new Set([...re.flags, 'g', 'd'])].join('');
	const g = new RegExp(re.source, flags);
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
