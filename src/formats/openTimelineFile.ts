import { SCHEMA_VERSION, validateTimeline, type Timeline } from '../timeline.ts';
import { fromTimelineJs3 } from './timelineJs3.ts';

/** What opening a file gave: a valid timeline and the format it was in, or one readable reason. */
export type OpenResult =
	| { ok: true; timeline: Timeline; format: 'dateline' | 'timelinejs3'; warnings: string[] }
	| { ok: false; message: string };

/**
 * Upgrades older files one version at a time, keyed by the version they upgrade from.
 * Empty while 1 is the only version; a version 2 adds `1: (data) => …` here.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

/** Largest timeline file opened, as for articles: a bigger one is refused before it is read. */
export const MAX_TIMELINE_BYTES = 50_000_000;

/** Every schema version this build can open. */
export const KNOWN_VERSIONS: readonly number[] = [
	...Object.keys(MIGRATIONS).map(Number),
	SCHEMA_VERSION,
];

function migrate(data: Record<string, unknown>): Record<string, unknown> {
	let current = data;
	while (current.schemaVersion !== SCHEMA_VERSION) {
		const step = MIGRATIONS[current.schemaVersion as number];
		if (!step) break;
		current = step(current);
	}
	return current;
}

function versionList(): string {
	return KNOWN_VERSIONS.length === 1
		? `version ${KNOWN_VERSIONS[0]}`
		: `versions ${KNOWN_VERSIONS.join(', ')}`;
}

function openDateline(data: Record<string, unknown>): OpenResult {
	const version = data.schemaVersion;
	if (typeof version !== 'number' || !KNOWN_VERSIONS.includes(version))
		return {
			ok: false,
			message: `This timeline uses schema version ${JSON.stringify(version)}; Dateline reads ${versionList()}.`,
		};
	const result = validateTimeline(migrate(data));
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
