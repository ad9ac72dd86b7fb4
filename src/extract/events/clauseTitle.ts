/** Titles that read the clause a date phrase belongs to, as an editor would. */
import { boundaries, type Boundary } from './clauses.ts';
import { fromRelative } from './relative.ts';
import {
	PART_OF_DAY_AFTER,
	PREPOSITION_BEFORE,
	polish,
	tidyTitle,
	wideClauseTitle,
	titleWindow,
} from './title.ts';
import { isVerbish } from './words.ts';

// A possessive date is a determiner: "issued Thursday's ruling" → "issued the ruling".
const POSSESSIVE_AFTER = /^['’]s\b/;
// ", a law enforcement official said Friday.": the date is when the sentence was said.
const ATTRIBUTION = /,\s+[^,;]{1,60}\b(?:said|says|told|reported|announced|added|stated)\s*$/i;

/** Keeps the text outside the given ranges. */
function without(text: string, offset: number, cuts: Array<[number, number]>): string {
	let out = '';
	let at = offset;
	for (const [from, to] of cuts) {
		if (to <= at || from >= offset + text.length) continue;
		out += text.slice(at - offset, Math.max(at, from) - offset) + ' ';
		at = Math.max(at, to);
	}
	return out + text.slice(at - offset);
}

/**
 * Whether a clause opened by a word alone still runs at `phraseStart`. A relative one with no
 * verb before it in its clause sits inside the subject ("The bridge that floods destroyed in 2019
 * reopened"), and a second verb in it is the main clause's ("doctors who performed abortions
 * declined between 1982 and 1992"); a subordinate clause ends before a second verb that precedes
 * the date. Without a parse, these leave the date to the wider reading.
 */
function softHolds(text: string, start: number, b: Boundary, phraseStart: number): boolean {
	if (b.relative && !text.slice(start, b.at).split(/\s+/).some(isVerbish)) return false;
	const span = b.relative ? text.slice(b.end).split(/[,;:]/)[0]! : text.slice(b.end, phraseStart);
	const words = span.split(/\s+/).filter(Boolean);
	let groups = 0;
	words.forEach((w, i) => {
		if (isVerbish(w) && !isVerbish(words[i - 1] ?? '')) groups++;
	});
	return groups <= 1;
}

/** A clause worth a title states something: three words or more, a verb after the first. */
function statesSomething(clause: string): boolean {
	const words = clause.split(/\s+/).filter(Boolean);
	return words.length >= 3 && words.slice(1).some(isVerbish);
}

/**
 * The clause that holds the phrase, with the phrase (and its preposition) taken out unless `keep`.
 * Clauses end at punctuation, subordinators and relative pronouns; a relative clause that holds
 * the date is restated with the noun it is about ("the bridge that floods destroyed in July 2019"
 * → "Floods destroyed the bridge"), and one that does not is left out of the title. When the
 * clause left states nothing, the title falls back to the wider reading by punctuation alone.
 */
export function clauseTitle(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
	keep = false,
): string {
	const { text, start: ps, end: pe } = titleWindow(sentence, phraseStart, phraseEnd);
	if (!keep && ATTRIBUTION.test(text.slice(0, ps)) && /^[\s.!?"”']*$/.test(text.slice(pe)))
		return wideClauseTitle(sentence, phraseStart, phraseEnd);
	let start = 0;
	let end = text.length;
	let opener: Boundary | undefined;
	let cuts: Array<[number, number]> = [];
	const found = boundaries(text, [ps, pe]);
	for (const b of found) {
		if (cuts.some(([f, t]) => b.at >= f && b.at < t)) continue;
		if (b.at >= start && b.close && b.close.at < ps) cuts.push([b.at, b.close.end]);
		else if (b.end <= ps && b.opens) {
			if (b.soft && !softHolds(text, start, b, ps)) continue;
			[start, opener, cuts] = [b.end, b, cuts.filter(([f]) => f >= b.end)];
		} else if (b.at >= pe && b.closes) {
			end = b.at;
			break;
		}
	}
	if (opener?.close && opener.close.at >= pe) end = Math.min(end, opener.close.at);
	let clause = keep
		? without(text.slice(start, end), start, cuts)
		: `${without(text.slice(start, ps), start, cuts).replace(PREPOSITION_BEFORE, '')} ${text.slice(pe, end).replace(PART_OF_DAY_AFTER, '').replace(POSSESSIVE_AFTER, 'the')}`;
	if (opener?.relative)
		clause = fromRelative(clause.replace(/[.!?]+\s*$/, ''), opener.relative.antecedent);
	clause = polish(clause);
	return statesSomething(clause)
		? tidyTitle(clause)
		: wideClauseTitle(sentence, phraseStart, phraseEnd, keep);
}
