import type { Timeline } from '../../timeline.ts';
import { toDatelineJson } from '../../formats/datelineJson.ts';
import { toTimelineJs3 } from '../../formats/timelineJs3.ts';

/** One file an export writes. */
export interface ExportFile {
	name: string;
	data: Blob | string;
	type: string;
}

/** An entry of the Export menu: its label and the files it produces. */
export interface ExportFormat {
	label: string;
	build: (timeline: Timeline, base: string) => Promise<ExportFile[]> | ExportFile[];
}

/** The Export menu, in order. */
export const EXPORT_FORMATS: ExportFormat[] = [
	{
		label: 'Dateline JSON',
		build: (t, base) => [
			{ name: `${base}.json`, data: toDatelineJson(t), type: 'application/json' },
		],
	},
	{
		label: 'TimelineJS3 JSON',
		build: (t, base) => [
			{ name: `${base}.timelinejs3.json`, data: toTimelineJs3(t), type: 'application/json' },
		],
	},
];

/** A file name stem from the first headline: lower case, ASCII letters and digits, dashes. */
export function fileBase(timeline: Timeline): string {
	const slug = (timeline.documents[0]?.title ?? '')
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'timeline';
}
