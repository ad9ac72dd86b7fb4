import {
	SCHEMA_VERSION,
	validateTimeline,
	type Era,
	type Timeline,
	type TimelineDocument,
	type TimelineEvent,
	type UndatedEvent,
} from '../timeline.ts';
import type { EraExtra, EventExtra, Tl3File } from './tl3File.ts';
import { escapeMarkup, htmlToPlainText } from './htmlText.ts';
import { isoToTl3, tl3ToIso } from './tl3Date.ts';
import { syntheticDocument } from './tl3Document.ts';

/** Writes TimelineJS3 JSON; titles and summaries are escaped, since TimelineJS3 renders them as HTML. */
export function toTimelineJs3(timeline: Timeline): string {
	const file: Tl3File = {
		title: {
			text: {
				headline: escapeMarkup(timeline.documents[0]?.title ?? 'Dateline timeline'),
				text: '',
			},
		},
		events: timeline.events.map(({ id, title, summary, start, end, ...extra }) => ({
			unique_id: id,
			start_date: isoToTl3(start),
			...(end === undefined ? {} : { end_date: isoToTl3(end) }),
			text: { headline: escapeMarkup(title), text: escapeMarkup(summary) },
			dateline: extra,
		})),
		eras: timeline.eras.map(({ id, title, start, end, approximate, explanation, sources }) => ({
			unique_id: id,
			start_date: isoToTl3(start),
			end_date: isoToTl3(end),
			text: { headline: escapeMarkup(title) },
			dateline: { approximate, explanation, sources },
		})),
		// TimelineJS3 has no slide without a date: undated events travel with the documents.
		dateline: {
			schemaVersion: SCHEMA_VERSION,
			documents: timeline.documents,
			undated: timeline.undated,
		},
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** Outcome of reading TimelineJS3: the timeline and a line per slide left out, or why nothing could be read. */
export type FromTl3Result =
	{ ok: true; timeline: Timeline; skipped: string[] } | { ok: false; message: string };

const asRecord = (x: unknown): Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
const textOf = (x: unknown): string => (typeof x === 'string' ? htmlToPlainText(x) : '');

function uniqueId(wanted: unknown, fallback: string, taken: Set<string>): string {
	let id =
		typeof wanted === 'string'
			? wanted.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
			: '';
	if (!id) id = fallback;
	for (let n = 2, base = id; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** Reads TimelineJS3 JSON (already parsed), ours or anyone's; HTML in slides is reduced to text. */
export function fromTimelineJs3(data: unknown): FromTl3Result {
	const file = asRecord(data);
	const ours = asRecord(file.dateline);
	const documents = Array.isArray(ours.documents) ? (ours.documents as TimelineDocument[]) : [];
	const skipped: string[] = [];
	// Files written before version 2 carry no undated events.
	const undated = Array.isArray(ours.undated) ? (ours.undated as UndatedEvent[]) : [];
	const taken = new Set<string>(undated.map((u) => u.id));
	const rawEvents = Array.isArray(file.events) ? file.events.map(asRecord) : [];
	const events: TimelineEvent[] = [];
	const foreign: { event: TimelineEvent; headline: string; text: string }[] = [];
	rawEvents.forEach((raw, i) => {
		const text = asRecord(raw.text);
		const start = tl3ToIso(raw.start_date);
		const end = raw.end_date === undefined ? undefined : tl3ToIso(raw.end_date);
		const headline = textOf(text.headline);
		const body = textOf(text.text);
		const name = headline || `event ${i + 1}`;
		if (!start.ok) return skipped.push(`“${name}”: start date unusable (${start.reason})`);
		if (end && !end.ok) return skipped.push(`“${name}”: end date unusable (${end.reason})`);
		const extra = asRecord(raw.dateline) as Partial<EventExtra>;
		const event: TimelineEvent = {
			precision: start.precision,
			approximate: false,
			derivation: 'explicit',
			explanation: 'imported from TimelineJS3',
			confidence: 1,
			sources: [],
			...extra,
			id: uniqueId(raw.unique_id, `tl3-${i + 1}`, taken),
			title:
				headline || (typeof raw.display_date === 'string' ? raw.display_date : '') || start.iso,
			summary: body,
			start: start.iso,
			...(end?.ok ? { end: end.iso } : {}),
		};
		events.push(event);
		if (!raw.dateline) foreign.push({ event, headline: event.title, text: body });
	});
	const eras: Era[] = [];
	(Array.isArray(file.eras) ? file.eras.map(asRecord) : []).forEach((raw, i) => {
		const start = tl3ToIso(raw.start_date);
		const end = tl3ToIso(raw.end_date);
		const title = textOf(asRecord(raw.text).headline) || `Era ${i + 1}`;
		if (!start.ok || !end.ok) return skipped.push(`era “${title}”: dates unusable`);
		const extra = asRecord(raw.dateline) as Partial<EraExtra>;
		eras.push({
			approximate: false,
			explanation: 'imported from TimelineJS3',
			sources: [],
			...extra,
			id: uniqueId(raw.unique_id, `era-${i + 1}`, taken),
			title,
			start: start.iso,
			end: end.iso,
		});
	});
	if (foreign.length) {
		const title = textOf(asRecord(asRecord(file.title).text).headline);
		const synthetic = syntheticDocument(title, foreign, documents);
		documents.push(synthetic.document);
		foreign.forEach(({ event }, i) => (event.sources = [synthetic.sources[i]!]));
	}
	const result = validateTimeline({
		schemaVersion: SCHEMA_VERSION,
		documents,
		events,
		eras,
		undated,
	});
	if (!result.ok)
		return {
			ok: false,
			message: `This TimelineJS3 file could not be read: ${result.errors.join('; ')}`,
		};
	return { ok: true, timeline: result.timeline, skipped };
}
