import type { Resolved } from '../anchor.ts';
import { findNames } from '../data/lookup.ts';
import type { Sentence } from '../types.ts';
import { summarize } from './buildEvents.ts';
import type { Draft } from './draft.ts';
import { tidyTitle } from './title.ts';

const NOUN =
	/\b((?:[a-z]+\s+)?(?:parade|ceremony|ceremonies|celebrations?|rall(?:y|ies)|display|festival|commemorations?|festivities|march))\b/i;
const VERB = /\b(commemorat\w*|celebrat\w*|mark(?:s|ed|ing)?)\b/i;
const DETERMINERS = /^(?:a|an|the|this|that|its|their|his|her|our)\s+/i;

/**
 * Reference-time inheritance: a sentence with no date whose event noun commemorates something the
 * document has dated ("a military display to commemorate the Korean War"), or refers back to such
 * an event ("During the parade"), happens on that commemoration's date.
 */
export function inheritDates(
	sentences: Sentence[],
	resolved: Resolved[],
	drafts: Draft[],
): Draft[] {
	const dated = new Set(resolved.map((r) => r.sentence.start));
	const commemorations = drafts.filter(
		(d) => d.derivation === 'anniversary' || d.derivation === 'holiday',
	);
	const out: Draft[] = [];
	let lastInherited: Draft | undefined;
	for (const s of sentences) {
		if (s.kind !== 'body' || dated.has(s.start)) continue;
		const noun = NOUN.exec(s.text);
		if (!noun) continue;
		const names = new Set(findNames(s.text).map((f) => f.entry.id));
		const target = commemorations.find((c) => names.has(c.key) && VERB.test(s.text));
		const refersBack = new RegExp(`\\bthe\\s+${noun[1]?.split(/\s+/).at(-1)}\\b`, 'i').test(s.text);
		const base = target ?? (refersBack ? lastInherited : undefined);
		if (!base) continue;
		let phrase = noun[1] ?? '';
		let phraseAt = noun.index;
		const det = DETERMINERS.exec(phrase);
		if (det) {
			phrase = phrase.slice(det[0].length);
			phraseAt += det[0].length;
		}
		const rest =
			s.text.slice(phraseAt).split(/,|\s+(?:that|which|who|where|featuring)\b/)[0] ?? phrase;
		const draft: Draft = {
			title: tidyTitle(target ? rest : phrase),
			summary: summarize(s.text),
			placement: { start: base.placement.start, precision: base.placement.precision },
			derivation: 'inferred',
			explanation: `no date in the sentence: the ${phrase.toLowerCase()} inherits the date of the ${base.title} (${base.placement.start})`,
			confidence: 0.5,
			approximate: true,
			key: target ? `inherited:${base.key}` : base.key,
			source: {
				document: base.source.document,
				sentenceStart: s.start,
				sentenceEnd: s.end,
				phraseStart: s.start + phraseAt,
				phraseEnd: s.start + phraseAt + phrase.length,
			},
			...(base.dependsOnCreationDate ? { dependsOnCreationDate: true } : {}),
		};
		out.push(draft);
		if (target) lastInherited = draft;
	}
	return out;
}
