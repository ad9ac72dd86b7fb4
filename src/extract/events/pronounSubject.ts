/**
 * "He spent six days aboard the Salyut 6" → "Farkas spent six days …": a title that opens on "he"
 * or "she" names the person, as a headline does, when the story has just named one as the subject
 * of its clause. A reader of the title alone has no sentence before it to look back to.
 */
import { OFFICES } from '../nlp/lexicon.ts';
import { parseSentence, type ParseCache } from '../nlp/parseSentence.ts';
import type { Sentence } from '../types.ts';
import type { Draft } from './draft.ts';

const PRONOUN = /^(?:He|She) /;

/** Sentences looked back over for the person a pronoun stands for. */
const LOOK_BACK = 2;

/**
 * What the sentence's main clause names as its subject: a person's surname ("Farkas" from
 * "Hungarian astronaut Bertalan Farkas"), `'pronoun'` when it is "he" or "she", else null (a
 * thing, a group, an institution: "the INS", "Elian's father").
 */
function subjectOf(sentence: string, parses?: ParseCache): string | 'pronoun' | null {
	const p = parseSentence(sentence, parses);
	const main = p.clauses.find((c) => c.parent < 0 && c.kind !== 'quote' && c.group);
	if (!main?.group) return null;
	const subject = main.tokens.filter((k) => k < main.group!.from);
	// "Kopp, 44, of St. Albans, Vt., became": the name is the head, before an aside or "of".
	const end = subject.findIndex(
		(k, j) => j > 0 && (/^[,;:(]$/.test(p.tokens[k]!.text) || p.tokens[k]!.pos === 'ADP'),
	);
	const words = (end < 0 ? subject : subject.slice(0, end)).map((k) => p.tokens[k]!);
	// "But Farkas …", "Then he …": a connective is no part of the subject.
	while (words.length && /^(?:CCONJ|ADV)$/.test(words[0]!.pos)) words.shift();
	if (words.length === 1 && /^(?:he|she)$/.test(words[0]!.lower)) return 'pronoun';
	const last = words.at(-1);
	if (!last || last.pos !== 'PROPN' || !/^[A-Z][a-z]/.test(last.text)) return null;
	// "U.S. Secretary of State Madeleine Albright": an office cut before its "of" is no surname.
	if (OFFICES.has(last.lower)) return null;
	// "the Pentagon", "the INS": a name with an article is an institution's.
	if (words[0]!.lower === 'the' || words.some((w) => /^['’]s$/.test(w.text))) return null;
	return last.text;
}

/**
 * Whether `name` is a common word that the tagger read as a name because it opens a sentence
 * ("Authorities said …"): the story writes it in lower case elsewhere. A surname never is.
 */
function commonWord(name: string, sentences: Sentence[]): boolean {
	const lower = new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
	return sentences.some((s) => lower.test(s.text));
}

/** The drafts, with a leading "he" or "she" replaced by the person the story last named. */
export function nameSubjects(drafts: Draft[], sentences: Sentence[], parses?: ParseCache): Draft[] {
	const at = new Map(sentences.map((s, i) => [s.start, i]));
	return drafts.map((d) => {
		if (!PRONOUN.test(d.title)) return d;
		const i = at.get(d.source.sentenceStart);
		if (i === undefined) return d;
		let name: string | null = null;
		// "Elian has been the focus … since he was found": the sentence's own subject first.
		const own = subjectOf(sentences[i]!.text, parses);
		if (own !== 'pronoun' && own !== null) name = own;
		for (let k = i - 1; !name && k >= 0 && k >= i - LOOK_BACK; k--) {
			if (sentences[k]!.kind !== 'body') break;
			const before = subjectOf(sentences[k]!.text, parses);
			// A subject that is no person ("the boy's father") may be who is meant: stop there.
			if (before === null) break;
			if (before !== 'pronoun') name = before;
		}
		return name && !commonWord(name, sentences)
			? { ...d, title: d.title.replace(PRONOUN, `${name} `) }
			: d;
	});
}
