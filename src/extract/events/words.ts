/**
 * A small lexicon for telling a clause's subject from its verb without a tagger: function words
 * are a closed class, and most finite verbs in news prose are auxiliaries or past tenses.
 */

const set = (s: string) => new Set(s.split(' '));

export const AUXILIARIES = set(
	'was were is are be been being has have had will would could can may might should must did does do shall',
);
const IRREGULAR_PAST = set(
	'began bought broke brought built came caught chose drew drove fell felt fled fought found flew gave got grew held hit hung kept knew laid led left lost made meant met paid put quit ran rang rose said sank saw sent set shook shot shut sold spent split spread stood stole struck swept swore took taught tore told thought threw understood went won wore wrote',
);
const NOT_PAST = set('hundred red bed need seed speed breed greed creed shed sled shred indeed');
/** Words that take "of" before the noun they count: "many of the leaders". */
export const QUANTIFIERS = set('many some most all none one each several few both any half');
export const DETERMINERS = set(
	'the a an this these those its their his her our my your some many several each every another',
);
export const PRONOUNS = set('i you he she it we they');
export const PREPOSITIONS = set(
	'of in on at by for from with to into onto over under about against between among during since until after before through across near amid without within despite toward towards like than as per',
);
/** Verbs that report speech or thought: the "that" after them opens what was said, not a relative. */
const REPORTING = set(
	'say says said tell tells told think believe argue claim warn note add insist report show suggest mean know hope fear expect feel state explain announce confirm agree estimate deny admit reveal reveals revealed declare declares declared rule rules ruled indicate indicates indicated says said tells told thinks thought believes believed argues argued claims claimed warns warned notes noted adds added insists insisted reports reported shows showed suggests suggested means meant knows knew hopes hoped fears feared expects expected feels felt states stated explains explained announces announced confirms confirmed agrees agreed estimates estimated denies denied admits admitted',
);
/** Nouns whose "that" clause states their content ("the claim that …"), never a relative. */
const CONTENT_NOUNS = set(
	'fact news idea belief claim claims hope hopes fear fears possibility report reports evidence sign signs assurance assurances warning warnings suggestion argument view notion promise rumor rumors rumour rumours allegation allegations statement statements conclusion assumption chance risk suspicion proof indication impression feeling concern concerns doubt doubts theory message assertion assertions likelihood probability prospect prospects sense word so such now given except order',
);

export const lower = (w: string) => w.toLowerCase().replace(/[^a-z']/g, '');

/** True for a word that is most likely a finite verb or an auxiliary. */
export function isVerbish(word: string): boolean {
	const w = lower(word);
	if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || w === 'says') return true;
	return /^[a-z]{2,}ed$/.test(w) && !NOT_PAST.has(w);
}

export const isReporting = (word: string) => REPORTING.has(lower(word));
export const isContentNoun = (word: string) => CONTENT_NOUNS.has(lower(word));
const isFunctionWord = (w: string) =>
	DETERMINERS.has(w) ||
	PREPOSITIONS.has(w) ||
	PRONOUNS.has(w) ||
	/^(?:and|or|but|that|which|who)$/.test(w);

/**
 * Index of the finite verb when `words` open with a subject and then its verb ("the army had
 * built", "floods destroyed", "it eased"), else -1. The subject is a pronoun or up to four words
 * with no preposition among them; one with no determiner or name at its head, at most `bare`.
 */
export function subjectThenVerb(words: string[], bare = 4): number {
	const first = lower(words[0] ?? '');
	// A gerund is a verb here ("as having donated"), rarely a subject in news prose.
	if (!first || isVerbish(first) || PREPOSITIONS.has(first) || /ing$/.test(first)) return -1;
	if (PRONOUNS.has(first)) {
		const next = /ly$/.test(lower(words[1] ?? '')) ? 2 : 1;
		return isVerbish(words[next] ?? '') ? next : -1;
	}
	const limit = DETERMINERS.has(first) || /^[A-Z0-9]/.test(words[0]!) ? 5 : bare + 1;
	for (let i = 1; i < Math.min(words.length, limit); i++) {
		const w = words[i]!;
		if (/[,;:]$/.test(words[i - 1]!)) return -1;
		if (isVerbish(w)) return i;
		const l = lower(w);
		if (PREPOSITIONS.has(l) || (isFunctionWord(l) && !DETERMINERS.has(l))) return -1;
	}
	return -1;
}
