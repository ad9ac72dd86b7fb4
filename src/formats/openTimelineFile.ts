import { KNOWN_SCHEMA_VERSIONS, validateTimeline, type Timeline } from '../timeline.ts';
import { fromTimelineJs3 } from './timelineJs3.ts';

/** What opening a file gave: a valid timeline and the format it was in, or one readable reason. */
export type OpenResult =
	| { ok: true; timeline: Timeline; format: 'dateline' | 'timelinejs3'; warnings: string[] }
	| { ok: false; message: string };

/** Largest timeline file opened, as for articles: a bigger one is refused before it is read. */
export const MAX_TIMELINE_BYTES = 50_000_000;

function versionList(): string {
	return KNOWN_SCHEMA_VERSIONS.length === 1
		? `version ${KNOWN_SCHEMA_VERSIONS[0]}`
		: `versions ${KNOWN_SCHEMA_VERSIONS.join(', ')}`;
}

function openDateline(data: Record<string, unknown>): OpenResult {
	const version = data.schemaVersion;
	if (typeof version !== 'number' || !KNOWN_SCHEMA_VERSIONS.includes(version))
		return {
			ok: false,
			message: `This timeline uses schema version ${JSON.stringify(version)}; Dateline reads ${versionList()}.`,
		};
	const result = validateTimeline(data);
	if (!result.ok)
		return { ok: false, message: `This Dateline file is damaged: ${result.errors.join('; ')}` };
	return { ok: true, timeline: result.timeline, format: 'dateline', warnings: [] };
}

function looksLikeTimelineJs3(data: Record<string, unknown>): boolean {
	return (
		Array.isArray(data.events) &&
		data.events.some((e) => typeof e === 'object' && e !== null && 'start_date' in e)
	);
}

/** Detects the format of a file's text and parses it; never throws. */
export function openTimelineText(text: string): OpenResult {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return { ok: false, message: `This file is not JSON (${(e as Error).message}).` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return { ok: false, message: 'This JSON file is not a timeline: it holds no object.' };
	const record = data as Record<string, unknown>;
	if ('schemaVersion' in record) return openDateline(record);
	if (looksLikeTimelineJs3(record)) {
		const result = fromTimelineJs3(record);
		if (!result.ok) return result;
		return { ok: true, timeline: result.timeline, format: 'timelinejs3', warnings: result.skipped };
	}
	return {
		ok: false,
		message:
			'This JSON file is not a timeline: it is neither a Dateline file (no schemaVersion) nor a TimelineJS3 file (no events with a start_date).',
	};
}

/**
 * Opens a timeline file as "Open timeline…" and a dropped `.json` both do: a file over
 * `MAX_TIMELINE_BYTES` is refused before it is read. A refusal reads on after "Could not open …: ".
 */
export async function readTimelineFile(file: File): Promise<OpenResult> {
	if (file.size > MAX_TIMELINE_BYTES)
		return {
			ok: false,
			message: `it is ${(file.size / 1e6).toFixed(0)} MB; Dateline opens timeline files up to ${MAX_TIMELINE_BYTES / 1e6} MB.`,
		};
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, message: 'the file could not be read.' };
	}
	return openTimelineText(text);
}
