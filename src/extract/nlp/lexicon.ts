/**
 * Closed-class words that decide how a clause is read. The tagger gives parts of speech; these say
 * what the function words do (open a condition, report speech, mark the future).
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, TIME_UNITS, WEEKDAY_NAMES } from '../data/lexicon.ts';

const set = (s: string) => new Set(s.split(' '));

/** Words that open a subordinate clause when a subject and a verb follow. */
export const SUBORDINATORS = set(
	'because although though while whereas if unless when whenever where once since until till before after as whether',
);
/** Subordinators that make their clause a condition, not a fact. */
export const CONDITIONAL = set('if unless whether');
/** Particles of phrasal verbs: "put out", "called off", "broke down". */
export const PARTICLES = set('in on up out off down over back away');
/** Words that open an indirect question, which stays with the clause that asks it. */
export const INDIRECT_QUESTION = set('why how what');
export const RELATIVE_PRONOUNS = set('who whom whose which that');
export const COORDINATORS = set('and but or yet so nor');
/** Adverbs that go with the subordinator after them: "even as", "shortly after", "only if". */
export const FOCUS_ADVERBS = set('even only just right shortly soon long well');
/** Words a title never opens with: they link the sentence to the one before. */
export const CONNECTIVES = set(
	'and but so yet also then though thus therefore hence consequently accordingly meanwhile meantime however moreover furthermore separately likewise still nonetheless nevertheless instead indeed further besides',
);
/**
 * Adverbs that place a sentence in time after the one before ("Earlier, the bank reported …"):
 * opening a sentence, they link it, and a title that stands alone drops them like a connective.
 */
export const SEQUENCE_ADVERBS = set(
	'earlier later previously afterward afterwards subsequently recently eventually finally lately',
);
/** Pronouns of quantity that a clause without "that" may restrict: "all [we can]". */
export const QUANTIFIER_PRONOUNS = set('all everything anything something nothing much');
/** Verbs of saying, by lemma: their object is what was said. */
export const REPORTING = set(
	'say tell announce report state add quote confirm claim declare explain note warn write insist reveal disclose deny admit acknowledge testify tweet post assert reply respond argue contend allege maintain predict estimate conclude concede affirm reaffirm reiterate stress emphasize emphasise indicate signal joke quip recall remark comment observe exclaim complain boast shout answer continue',
);
/** Nouns of a period that "ended" or "ending" may close: "the three months ended December 31". */
export const PERIOD_NOUNS = new Set([...Object.keys(TIME_UNITS), 'period', 'half', 'halves']);
/** Reporting verbs whose object is the one told: "told reporters", "assured them he had". */
export const LISTENER_VERBS = set('tell inform assure remind brief warn notify advise');
/** Verbs and nouns of belief: a clause under them states a view, not a fact. */
export const OPINION_VERBS = set(
	'believe think hope feel suppose guess reckon doubt expect trust fear',
);
export const OPINION_NOUNS = set(
	'confidence belief hope feeling view opinion conviction faith doubt',
);
export const OPINION_ADJECTIVES = set('confident sure convinced certain hopeful optimistic');
export const MODALS = set('can could may might must should would ought');
export const FUTURE_AUXILIARIES = set('will shall wo');
/** "be set to", "be due to", "be going to", "be about to" announce the future. */
export const FUTURE_PREDICATES = set(
	'set due going about poised scheduled slated expected planned',
);
export const NEGATIONS = set("not n't never no longer");
/** Adverbs and phrases that make a present tense habitual ("every day", "usually"). */
export const HABITUAL = set(
	'usually often always generally typically normally sometimes every each',
);
/** Words a title cannot end on: the phrase they open would be cut off. */
export const DANGLING = set(
	'a an the of to in on at by for from with into as and or but that which who whose whom when while where whereas because although though if unless whether despite its their his her our my your this these those than has have had is are was were be been being having will would could can may might should must not very more most only even just over about nearly almost some he she they we i $ £ € ¥ pursuant according owing no every what whatever whoever wherever whenever however whichever against toward towards onto upon through within without among amid between across via',
);
/** The date's own preposition goes with it: "shot to death on Friday". */
export const DATE_PREPOSITIONS = set(
	'on in at during since by of for from until till around throughout about before after',
);
/** Day names and the days named from today: a bare one after a verb dates it ("said Tuesday"). */
export const DAY_NAMES = new Set([...WEEKDAY_NAMES, 'yesterday', 'today']);
/** And so do the words that shift it: "last Friday", "early 2019". */
export const DATE_MODIFIERS = set('last next this early late mid earlier later');
/** Offices and roles held by one person: "Trade Minister Joseph Kamotho", "the spokesman". */
export const OFFICES = set(
	'secretary minister president commissioner director ambassador chairman chairwoman chair ' +
		'governor senator judge chief executive spokesman spokeswoman spokesperson manager general ' +
		'officer leader prosecutor attorney inspector mayor premier envoy representative ' +
		'correspondent publisher analyst coach captain professor',
);
/** Other nouns for one person, which "he" or "she" may stand for. */
export const PERSON_NOUNS = set(
	'man woman boy girl father mother son daughter husband wife brother sister uncle aunt ' +
		'official lawyer doctor witness suspect victim friend neighbor neighbour resident farmer ' +
		'teacher student worker driver pilot soldier officer priest owner founder author ' +
		'spokesman spokeswoman',
);
/** Heads of names of bodies, which "it" or "they" may stand for but never "he" or "she". */
export const ORGANIZATION_HEADS = set(
	'service department ministry commission agency company corporation corp inc co group ' +
		'association council court committee government police union bank university federation ' +
		'party board office administration foundation organization organisation institute ' +
		'authority bureau army navy force forces corps network firm embassy club team league ' +
		'parliament congress senate cabinet state city county airline newspaper station',
);
/** Nouns whose "that" clause states their content ("the claim that …"), never a relative. */
export const CONTENT_NOUNS = set(
	'fact news idea belief claim claims hope hopes fear fears possibility report reports evidence sign signs assurance assurances warning warnings suggestion argument view notion promise rumor rumors rumour rumours allegation allegations statement statements conclusion assumption chance risk suspicion proof indication impression feeling concern concerns doubt doubts theory message assertion assertions likelihood probability prospect prospects sense word confidence',
);
/** Words that may stand between a participle and the clause's verb when they only date it. */
export const DATING_WORDS = new Set([
	...WEEKDAY_NAMES,
	...MONTH_NAMES,
	// "Aug. 13": abbreviations as the tagger splits them, with their full stop.
	...Object.keys(MONTH_ABBREVIATIONS).flatMap((m) => [m, `${m}.`]),
	'yesterday',
	'today',
	'last',
	'this',
	'week',
	'month',
	'year',
	'on',
	'in',
	'earlier',
]);
