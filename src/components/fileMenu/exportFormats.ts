import type { Timeline } from '../../timeline.ts';
import { toDatelineJson } from '../../formats/datelineJson.ts';
import { toTimelineJs3 } from '../../formats/timelineJs3.ts';
import { toCsv } from '../../formats/csv.ts';
import { toIcs } from '../../formats/ics.ts';
import { toTimeMl } from '../../formats/timeMl.ts';
import { toSvg } from '../../formats/svg.ts';
import { svgToPng } from '../../formats/png.ts';

/** Width of the exported pictures, in CSS pixels. */
const PICTURE_WIDTH = 1600;

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
	{
		label: 'CSV',
		build: (t, base) => [{ name: `${base}.csv`, data: toCsv(t), type: 'text/csv;charset=utf-8' }],
	},
	{
		label: 'iCalendar (.ics)',
		build: (t, base) => [
			{ name: `${base}.ics`, data: toIcs(t), type: 'text/calendar;charset=utf-8' },
		],
	},
	{
		// TimeML describes one document; a timeline of several articles gives one file each.
		label: 'TimeML',
		build: (t, base) =>
			t.documents.map((d) => ({
				name: t.documents.length === 1 ? `${base}.tml` : `${base}-${d.id}.tml`,
				data: toTimeMl(d),
				type: 'application/xml',
			})),
	},
	{
		label: 'SVG image',
		build: (t, base) => [
			{ name: `${base}.svg`, data: toSvg(t, { width: PICTURE_WIDTH }), type: 'image/svg+xml' },
		],
	},
	{
		label: 'PNG image',
		build: async (t, base) => [
			{
				name: `${base}.png`,
				data: await svgToPng(toSvg(t, { width: PICTURE_WIDTH })),
				type: 'image/png',
			},
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
