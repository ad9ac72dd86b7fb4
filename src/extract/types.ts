/** Internal types shared by the extraction stages. The public contract lives in ../timeline.ts. */
import type { Derivation, Precision, TimexType } from '../timeline.ts';
import type { Ymd } from './dates.ts';

/** What a sentence is for: only `body` sentences yield events. */
export type SentenceKind = 'headline' | 'dateline' | 'caption' | 'residue' | 'body';

export interface Sentence {
	start: number;
	end: number;
	text: string;
	kind: SentenceKind;
	/** Index of the paragraph (non-empty line) that holds the sentence, from 0. */
	paragraph: number;
}

export type Tense = 'past' | 'present' | 'future';

/** A calendar placement for an event, at the precision written. */
export interface Placement {
	start: string;
	precision: Precision;
	end?: string;
	startLatest?: string;
	endEarliest?: string;
}

/** A mention's meaning once anchored to the document date. */
export interface Resolution {
	/**
	 * The mention's type when resolving decides it, over the candidate's: "two weeks before the
	 * election" is a date when the election is dated, else only the two weeks it literally says.
	 */
	type?: TimexType;
	/** TIMEX3 value. */
	value: string;
	mod?: string;
	/** Where it sits on a calendar, when it does (durations and sets usually do not). */
	placement?: Placement;
	derivation: Derivation;
	explanation: string;
	/** False when a component was guessed (a year taken from the document date, a loose hedge). */
	certain: boolean;
	approximate: boolean;
	/** Key of the thing the date is about (a gazetteer id), so mentions of it merge. */
	anchor?: string;
	/** A title the recognizer knows better than the sentence ("70th anniversary of the Korean War"). */
	title?: string;
}

/**
 * The discourse's reference time (Reichenbach's R): the date the text last stated, which
 * anaphoric expressions ("the next month", "two days later", yearless "September 18") count from,
 * while deictic ones ("yesterday", "last week") count from the document date.
 */
export interface ReferenceTime {
	/** TIMEX value of the latest stated calendar date, at its precision ("1920", "1920-03", "1988-Q3"). */
	value: string;
	/** The latest day the text placed, stated or counted ("the next day"), for day arithmetic. */
	day?: Ymd;
	/**
	 * True while the text tells of a past other than the article's present: the reference lies in
	 * another year than the document date and the paragraph does not speak of its own present.
	 */
	narrative: boolean;
}

/** A date the text resolved earlier, with the sentence that holds it. */
export interface DatedSentence {
	value: string;
	sentence: Sentence;
	/** Document offsets of the date's phrase. */
	start: number;
	end: number;
}

/** What resolving a mention may look at. */
export interface ResolveContext {
	dct: Ymd;
	tense: Tense;
	/** The clause is in the past perfect ("had ignored … in August"): before the reference time. */
	anterior?: boolean;
	/** The reference time; absent before the text states any date. */
	reference?: ReferenceTime;
	/** Day-precise dates resolved before this mention, in text order ("a day after the vote"). */
	datedBefore?: readonly DatedSentence[];
	/** Days (`YYYY-MM-DD`) the document states with a certain year, for anchoring anniversaries. */
	statedDays: string[];
	/** Text of the whole document, for lookups such as which war a "Victory Day" belongs to. */
	documentText: string;
	sentence: Sentence;
}

/**
 * A fact about a candidate that later stages read instead of asking which recognizer made it
 * (chrono-node tags its results the same way), so a new kind of expression is one recognizer
 * plus one line of configuration.
 * - `statedDay`: an explicit calendar date whose day, month and year are all written ("March 6,
 *   2024"); such days anchor anniversaries and stand in for a missing document date.
 * - `day`: names one calendar day ("Tuesday", "yesterday", "March 6", "the next day"), so a
 *   clock time right before it ("9 a.m. Tuesday") falls on it.
 * - `clockTime`: a time of day written without a calendar date ("9 a.m.", "noon").
 * - `backReference`: counts from a date the text stated before ("a year earlier", "the day
 *   after", "the year-ago quarter"), and so does not itself move the reference time.
 * - `anniversary`: a day counted in years from a dated event ("the 70th anniversary of …"), which
 *   can date a document that states no date of its own.
 */
export type Tag = 'statedDay' | 'day' | 'clockTime' | 'backReference' | 'anniversary';

/** A temporal expression found by a recognizer, not yet anchored. */
export interface Candidate {
	start: number;
	end: number;
	text: string;
	type: TimexType;
	/** Which recognizer made it, for warnings and debugging only: stages read `tags`. */
	recognizer: string;
	/** Facts later stages test. */
	tags: readonly Tag[];
	/** Higher wins when candidates overlap with the same extent. */
	priority?: number;
	/**
	 * Offsets of the candidate that ends the range this one starts ("from 2009 to 2011", "between
	 * September and October of 2007"): two mentions, as TimeML annotates them, but one span event.
	 */
	rangeEnd?: { start: number; end: number };
	/** Weekday named by the phrase (0 = Sunday), used to check an inferred document date. */
	weekday?: number;
	resolve(ctx: ResolveContext): Resolution | null;
}

/** Finds one kind of temporal expression in a sentence. Offsets are document offsets. */
export type Recognizer = (sentence: Sentence) => Candidate[];

/** Takes candidates in text order and returns a new list. */
export type Refiner = (candidates: Candidate[], text: string, sentences: Sentence[]) => Candidate[];
