import type { Candidate, Sentence, Tag } from '../types.ts';

// Recognisers run every pattern on every sentence: compile each global copy once. The copy is
// found by the pattern object first (patterns are module constants, so this is one lookup) and by
// source only for a pattern built on the fly, since reading `source` and hashing it costs more
// than most matches. Match indices (the `d` flag) cost time on every match, so only patterns with
// a `p` group ask for them.
const bySource = new Map<string, RegExp>();
const byPattern = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
	let g = byPattern.get(re);
	if (g) return g;
	const key = `${re.flags}/${re.source}`;
	g = bySource.get(key);
	if (!g) {
		const flags = new Set([...re.flags, 'g']);
		if (re.source.includes('(?<p>')) flags.add('d');
		g = new RegExp(re.source, [...flags].join(''));
		bySource.set(key, g);
	}
	byPattern.set(re, g);
	return g;
}

// Every field of a candidate that matchAll copies from what `build` returns; adding a field to
// Candidate without copying it fails to compile here.
type Copied = 'type' | 'recognizer' | 'tags' | 'start' | 'end' | 'text' | 'resolve';
type Optional = 'priority' | 'rangeEnd' | 'weekday';
const COPIED: Exclude<keyof Candidate, Copied | Optional> extends never ? true : never = true;
void COPIED;

/** Where the next search starts after an empty match, as String.prototype.matchAll steps. */
function stepPast(text: string, at: number, unicode: boolean): number {
	if (!unicode || at + 1 >= text.length) return at + 1;
	const code = text.charCodeAt(at);
	const next = text.charCodeAt(at + 1);
	return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

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
	const g = globalOf(re);
	const text = sentence.text;
	const unicode = g.unicode || g.flags.includes('v');
	// exec on the shared copy instead of String.prototype.matchAll, which clones the pattern on
	// every call; the position is kept here, so a `build` that runs the same pattern is harmless.
	for (let at = 0; at <= text.length;) {
		g.lastIndex = at;
		const m = g.exec(text);
		if (!m) break;
		at = m[0].length === 0 ? stepPast(text, g.lastIndex, unicode) : g.lastIndex;
		if (m[0].length === 0) continue;
		const [s, full] = m.indices?.groups?.p ?? [m.index, m.index + m[0].length];
		const built = build(m);
		if (!built) continue;
		const { narrow, skip = 0 } = built;
		const e = narrow !== undefined ? Math.min(full, s + narrow) : full;
		const b = Math.min(s + skip, e);
		// Field by field (see COPIED): object rest and spread cost more than the match itself.
		const candidate: Candidate = {
			type: built.type,
			recognizer: built.recognizer,
			tags: built.tags === undefined ? [] : built.tags,
			start: sentence.start + b,
			end: sentence.start + e,
			text: sentence.text.slice(b, e),
			resolve: built.resolve,
		};
		if ('priority' in built) candidate.priority = built.priority;
		if ('rangeEnd' in built) candidate.rangeEnd = built.rangeEnd;
		if ('weekday' in built) candidate.weekday = built.weekday;
		out.push(candidate);
	}
	return out;
}
