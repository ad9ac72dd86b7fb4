/**
 * The public entry points: one article (`extractDocument`) or several merged into one timeline
 * (`extractTimeline`). The stages themselves run in extractParts.ts. Pure: no Node or DOM APIs, no
 * clock, never throws on any string.
 */
import {
	SCHEMA_VERSION,
	type Era,
	type Timeline,
	type TimelineDocument,
	type TimelineEvent,
	type UndatedEvent,
} from '../timeline.ts';
import { assignIds } from './events/assignIds.ts';
import { mergeDocuments, mergeEras, type AnchoredEvent } from './events/mergeDocuments.ts';
import type { UndatedDraft } from './events/splitUndated.ts';
import { extractParts } from './extractParts.ts';
import type { ArticleInput, ExtractOptions } from './input.ts';
import { progressMeter } from './progress.ts';

export type { ArticleInput, ExtractOptions };

export interface DocumentResult {
	document: TimelineDocument;
	events: TimelineEvent[];
	eras: Era[];
	undated: UndatedEvent[];
	warnings: string[];
}

/**
 * Gives ids (events, then eras, then undated events, sharing one namespace) and drops the
 * merge-only anchors. An undated event's id ends in `-undated` where a dated one's ends in its date.
 */
function finish(events: AnchoredEvent[], eras: Omit<Era, 'id'>[], undated: UndatedDraft[]) {
	const taken = new Set<string>();
	return {
		events: assignIds(events, taken).map(({ anchor: _anchor, ...e }): TimelineEvent => e),
		eras: assignIds(eras, taken),
		undated: assignIds(
			undated.map((u) => ({ ...u, start: 'undated' })),
			taken,
		).map(({ start: _start, ...u }): UndatedEvent => u),
	};
}

/** Extracts one article. Never throws: a failure yields an empty result and a warning. */
export function extractDocument(input: ArticleInput, options: ExtractOptions = {}): DocumentResult {
	const meter = progressMeter(options.onProgress, [String(input.text ?? '').length]);
	const parts = extractParts(input, options, (f) => meter.at(0, f));
	meter.finish();
	return { ...parts, ...finish(parts.events, parts.eras, parts.undated) };
}

/**
 * Extracts several articles into one timeline. The same event told by two articles becomes one
 * event with both sources (rule in events/mergeDocuments.ts); ids stay unique across documents.
 */
export function extractTimeline(
	inputs: ArticleInput[],
	options: ExtractOptions = {},
): { timeline: Timeline; warnings: string[] } {
	const warnings: string[] = [];
	const docIds = new Set<string>();
	const meter = progressMeter(
		options.onProgress,
		inputs.map((input) => String(input.text ?? '').length),
	);
	const results = inputs.map((input, index) => {
		let id = /^[A-Za-z0-9_-]+$/.test(input.id)
			? input.id
			: input.id.replace(/[^A-Za-z0-9_-]+/g, '-') || 'document';
		const base = id;
		for (let n = 2; docIds.has(id); n++) id = `${base}-${n}`;
		if (id !== input.id) warnings.push(`document id "${input.id}" renamed to "${id}"`);
		docIds.add(id);
		const r = extractParts({ ...input, id }, options, (f) => meter.at(index, f));
		meter.at(index, 1);
		warnings.push(...r.warnings.map((w) => `${input.path}: ${w}`));
		return r;
	});
	// Undated events never merge across documents: two unknown dates need not be one date.
	const { events, eras, undated } = finish(
		mergeDocuments(results.map((r) => r.events)),
		mergeEras(results.map((r) => r.eras)),
		results.flatMap((r) => r.undated),
	);
	meter.finish();
	return {
		timeline: {
			schemaVersion: SCHEMA_VERSION,
			documents: results.map((r) => r.document),
			events,
			eras,
			undated,
		},
		warnings,
	};
}
