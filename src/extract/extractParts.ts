/**
 * One article through the stages: text → repair → sentences → candidates → refine → document date
 * → anchor → events → eras. Pure: no Node or DOM APIs, no clock, never throws on any string.
 */
import type { Era, Mention, TimelineDocument } from '../timeline.ts';
import { anchorMentions, sentenceOf } from './anchor.ts';
import { anchorUnknownDate, latestMentioned, PROVISIONAL } from './anchorUnknownDate.ts';
import { RECOGNIZERS, REFINERS } from './config.ts';
import { findNames } from './data/lookup.ts';
import { creationDate } from './dct.ts';
import { isoDay } from './dates.ts';
import { buildEvents } from './events/buildEvents.ts';
import { erasWithoutDate } from './events/erasWithoutDate.ts';
import { findEras } from './events/findEras.ts';
import { headlineEvent } from './events/headlineEvent.ts';
import { inheritDates } from './events/inheritDates.ts';
import { reportedFacts } from './events/reportedFacts.ts';
import type { AnchoredEvent } from './events/mergeDocuments.ts';
import { mergeEvents } from './events/mergeEvents.ts';
import { nameSubjects } from './events/pronounSubject.ts';
import { splitUndated, type UndatedDraft } from './events/splitUndated.ts';
import type { ArticleInput, ExtractOptions } from './input.ts';
import { parseCache } from './nlp/parseSentence.ts';
import { repairText } from './repair.ts';
import { segment } from './segment.ts';
import type { Candidate, Sentence } from './types.ts';

/** Fraction of a document's work done once its sentences are recognized (recognition is most of the work). */
const RECOGNIZED = 0.8;
const BATCH = 16;

/**
 * Runs every recognizer on every sentence, then the refiners in order. `tick` hears the fraction
 * of sentences done before each batch.
 */
export function recognize(
	sentences: Sentence[],
	text: string,
	warnings: string[],
	tick?: (fraction: number) => void,
): Candidate[] {
	let candidates: Candidate[] = [];
	for (let from = 0; from < sentences.length; from += BATCH) {
		if (tick) tick(from / sentences.length);
		const batch = sentences.slice(from, from + BATCH);
		// One recognizer over the whole batch, then the next: each keeps its patterns hot, which
		// matters more than it seems (dozens of large compiled patterns take turns on every
		// sentence otherwise). Results are gathered per sentence, so they come out in the same
		// order as sentence by sentence.
		const found = batch.map((): Candidate[] => []);
		const failures = batch.map((): string[] => []);
		for (const r of RECOGNIZERS)
			for (let k = 0; k < batch.length; k++) {
				const s = batch[k]!;
				try {
					found[k]!.push(...r(s));
				} catch (e) {
					failures[k]!.push(
						`recognizer failed on a sentence at ${s.start}: ${(e as Error).message}`,
					);
				}
			}
		for (let k = 0; k < batch.length; k++) {
			candidates.push(...found[k]!);
			warnings.push(...failures[k]!);
		}
	}
	candidates.sort((a, b) => a.start - b.start || b.end - a.end);
	for (const refine of REFINERS) candidates = refine(candidates, text, sentences);
	return candidates;
}

/** Days stated with a certain year, which anchor anniversaries and the fallback document date. */
function statedDaysOf(candidates: Candidate[], sentences: Sentence[], text: string): string[] {
	const probe = { y: 2000, m: 1, d: 1 };
	const days: string[] = [];
	for (const c of candidates) {
		if (!c.tags.includes('statedDay')) continue;
		const sentence = sentenceOf(sentences, c.start);
		if (!sentence) continue;
		const r = c.resolve({
			dct: probe,
			tense: 'past',
			documentText: text,
			sentence,
			statedDays: [],
		});
		if (r?.certain && r.placement?.precision === 'day') days.push(r.placement.start);
	}
	return days;
}

function headline(sentences: Sentence[]): string {
	const first = sentences[0];
	if (!first) return '';
	return first.kind === 'headline' ? first.text : first.text.slice(0, 120);
}

/** One document's result before ids: events still carry their gazetteer anchor for merging. */
export interface Parts {
	document: TimelineDocument;
	events: AnchoredEvent[];
	eras: Omit<Era, 'id'>[];
	/** Events waiting for the document's unknown date; empty when the date is known. */
	undated: UndatedDraft[];
	warnings: string[];
}

function extractUnsafe(
	input: ArticleInput,
	options: ExtractOptions,
	tick: (fraction: number) => void,
): Parts {
	const warnings: string[] = [];
	const { text } = repairText(input.text);
	const sentences = segment(text);
	const candidates = recognize(sentences, text, warnings, (f) => tick(f * RECOGNIZED));
	tick(RECOGNIZED);
	const statedDays = statedDaysOf(candidates, sentences, text);
	const dct = creationDate(
		text,
		sentences,
		candidates,
		statedDays,
		input.dct ?? options.dct,
		input.dct !== undefined ? 'date given for this article' : '--dct',
		() => latestMentioned(candidates, sentences, text, statedDays),
	);
	warnings.push(...dct.warnings);
	const resolved = dct.dct
		? anchorMentions(candidates, sentences, dct.dct, text, statedDays, warnings)
		: anchorUnknownDate(candidates, sentences, text, statedDays, warnings);
	tick(0.9);
	const mentions: Mention[] = resolved.map(({ candidate: c, resolution: r }) => ({
		start: c.start,
		end: c.end,
		text: c.text,
		type: c.type,
		value: r.value,
		...(r.mod ? { mod: r.mod } : {}),
	}));
	const mentioned = [
		...new Map(findNames(text, ['war', 'event']).map((f) => [f.entry.id, f.entry])).values(),
	];
	// One parse per sentence across the event stages: tagging is most of their cost.
	const parses = parseCache();
	const drafts = buildEvents(resolved, input.id, mentioned, parses);
	drafts.push(...inheritDates(sentences, resolved, drafts));
	// With the date unknown, stages that date things at the article's date use the provisional one
	// the mentions were anchored to, and flag those drafts; splitUndated then holds them back.
	const anchorDay = dct.dct ?? PROVISIONAL[0];
	// Reported facts fill the sentences no date phrase dated; the headline then finds its lead among them.
	for (const d of reportedFacts(sentences, resolved, drafts, anchorDay, input.id, parses))
		drafts.push(d);
	const news = headlineEvent(sentences, resolved, drafts, anchorDay, input.id, parses);
	if (news) drafts.push(news);
	const named = nameSubjects(drafts, sentences, parses);
	const { dated, undated } = splitUndated(named, dct.dct !== null, text);
	return {
		document: {
			id: input.id,
			title: headline(sentences),
			path: input.path,
			text,
			creationDate: dct.creationDate,
			mentions,
		},
		events: mergeEvents(dated),
		eras: dct.dct
			? findEras(sentences, input.id, isoDay(dct.dct))
			: erasWithoutDate(sentences, input.id, dated),
		undated,
		warnings,
	};
}

/** One article's parts. Never throws: a failure yields an empty result and a warning. */
export function extractParts(
	input: ArticleInput,
	options: ExtractOptions,
	tick: (fraction: number) => void,
): Parts {
	const id = /^[A-Za-z0-9_-]+$/.test(String(input.id))
		? input.id
		: String(input.id)
				.replace(/[^A-Za-z0-9_-]+/g, '-')
				.replace(/^-$/, '') || 'document';
	try {
		return extractUnsafe({ ...input, id }, options, tick);
	} catch (e) {
		const text = String(input.text ?? '');
		return {
			document: {
				id,
				title: '',
				path: String(input.path ?? ''),
				text,
				creationDate: { value: null, inferred: true, evidence: 'extraction failed' },
				mentions: [],
			},
			events: [],
			eras: [],
			undated: [],
			warnings: [`extraction failed for ${input.path}: ${(e as Error).message}`],
		};
	}
}
