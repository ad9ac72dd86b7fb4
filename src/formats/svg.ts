import { scaleUtc } from 'd3-scale';
import type { Era, Timeline } from '../timeline.ts';
import { eventExtent } from '../timeline/eventExtent.ts';
import { formatEventDate } from '../timeline/formatEventDate.ts';
import { isoCoverage } from '../timeline/isoDates.ts';
import { assignLanes } from '../timeline/lanes.ts';
import { axisTicks, labelWidth } from '../timeline/ticks.ts';
import { escapeMarkup as x } from './htmlText.ts';

/** Size of the picture; the height follows from how many rows the labels need. */
export interface SvgOptions {
	width: number;
}

const MARGIN = 16;
const LANE = 24;
const ERA_ROW = 18;
const AXIS = 44;
const HEADER = 36;
const n = (v: number) => String(Math.round(v * 10) / 10);

interface Placed {
	x0: number;
	x1: number;
	lane: number;
}

/** Puts every item in a row where its label does not overlap another; there are as many rows as needed. */
function rows(spans: { x0: number; x1: number }[]): Placed[] {
	const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.x0 - spans[b]!.x0);
	const lanes = assignLanes(
		{
			x0: Float64Array.from(order, (i) => spans[i]!.x0),
			x1: Float64Array.from(order, (i) => spans[i]!.x1),
			pinned: new Uint8Array(order.length),
		},
		Math.max(order.length, 1),
	);
	const placed: Placed[] = new Array(spans.length);
	order.forEach((i, k) => (placed[i] = { ...spans[i]!, lane: lanes[k]! }));
	return placed;
}

/**
 * The whole timeline, not only the part on screen, as a standalone SVG document: title, era bands,
 * one marker and label per event, and a two-tier axis. Pure string building; every text is escaped.
 */
export function toSvg(timeline: Timeline, { width }: SvgOptions): string {
	const extents = timeline.events.map(eventExtent);
	const eraCover = timeline.eras.map((e: Era) => ({
		start: isoCoverage(e.start).start,
		end: isoCoverage(e.end).end,
	}));
	const starts = [...extents.map((e) => e.start), ...eraCover.map((e) => e.start)];
	const ends = [...extents.map((e) => e.end), ...eraCover.map((e) => e.end)];
	let from = starts.length ? Math.min(...starts) : Date.UTC(2000, 0, 1);
	let to = ends.length ? Math.max(...ends) : Date.UTC(2001, 0, 1);
	const pad = Math.max((to - from) * 0.03, 86_400_000);
	from -= pad;
	to += pad;
	const inner = width - 2 * MARGIN;
	const scale = scaleUtc()
		.domain([from, to])
		.range([MARGIN, width - MARGIN]);

	const labelled = (x0: number, x1: number, text: string) => {
		const w = labelWidth(text);
		// A label that would run off the right edge goes left of its marker instead.
		return x1 + 9 + w > width - MARGIN
			? { x0: x0 - 9 - w, x1, left: true }
			: { x0, x1: x1 + 9 + w, left: false };
	};
	// An era's name starts at its band, or ends at the right edge when the band is too near it.
	const eraLabelX = timeline.eras.map((e, i) =>
		Math.min(scale(eraCover[i]!.start) + 3, width - MARGIN - labelWidth(e.title)),
	);
	const eraSpans = timeline.eras.map((e, i) => {
		const x0 = Math.min(scale(eraCover[i]!.start), eraLabelX[i]!);
		return { x0, x1: Math.max(scale(eraCover[i]!.end), eraLabelX[i]! + labelWidth(e.title)) };
	});
	const eraRows = rows(eraSpans);
	const eraRowCount = Math.max(0, ...eraRows.map((r) => r.lane + 1));
	const marks = timeline.events.map((e, i) => {
		const x0 = scale(extents[i]!.start);
		const x1 = Math.max(scale(extents[i]!.end), x0 + 2);
		return { ...labelled(x0, x1, e.title), m0: x0, m1: x1 };
	});
	const eventRows = rows(marks);
	const laneCount = Math.max(1, ...eventRows.map((r) => r.lane + 1));
	const eventsTop = HEADER + eraRowCount * ERA_ROW + 8;
	const axisY = eventsTop + laneCount * LANE + 8;
	const height = axisY + AXIS;

	const out: string[] = [];
	const title = timeline.documents[0]?.title ?? 'Dateline timeline';
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
		`<title>${x(title)}</title>`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<text x="${MARGIN}" y="24" font-size="16" font-weight="600" fill="#1b1f24">${x(title)}</text>`,
	);
	timeline.eras.forEach((e, i) => {
		const x0 = scale(eraCover[i]!.start);
		const x1 = scale(eraCover[i]!.end);
		const y = HEADER + eraRows[i]!.lane * ERA_ROW;
		out.push(
			`<g data-era-id="${x(e.id)}"><rect x="${n(x0)}" y="${n(y)}" width="${n(Math.max(x1 - x0, 1))}" height="${n(axisY - y)}" fill="#5b7bb8" fill-opacity="0.12"/>`,
			`<text x="${n(eraLabelX[i]!)}" y="${n(y + 13)}" fill="#34507f" font-weight="600">${x(e.title)}</text></g>`,
		);
	});
	timeline.events.forEach((e, i) => {
		const m = marks[i]!;
		const y = eventsTop + eventRows[i]!.lane * LANE + LANE / 2;
		const mark =
			extents[i]!.kind === 'instant'
				? `<circle cx="${n(m.m0)}" cy="${n(y)}" r="5" fill="#1f5fbf"/>`
				: `<rect x="${n(m.m0)}" y="${n(y - 4)}" width="${n(Math.max(m.m1 - m.m0, 4))}" height="8" rx="4" fill="#1f5fbf" fill-opacity="${e.approximate ? 0.5 : 0.85}"/>`;
		const labelX = m.left ? m.m0 - 9 : m.m1 + 9;
		out.push(
			`<g data-event-id="${x(e.id)}"><title>${x(`${e.title}, ${formatEventDate(e)}`)}</title>${mark}`,
			`<text x="${n(labelX)}" y="${n(y + 4)}" fill="#1b1f24"${m.left ? ' text-anchor="end"' : ''}>${x(e.title)}</text></g>`,
		);
	});
	const ticks = axisTicks({ from, to }, inner);
	out.push(
		`<g data-axis=""><line x1="${MARGIN}" x2="${width - MARGIN}" y1="${axisY}" y2="${axisY}" stroke="#57606a"/>`,
	);
	for (const t of ticks.minor)
		out.push(
			`<line x1="${n(MARGIN + t.x)}" x2="${n(MARGIN + t.x)}" y1="${axisY}" y2="${axisY + 5}" stroke="#57606a"/><text x="${n(MARGIN + t.labelX)}" y="${axisY + 17}" fill="#57606a">${x(t.label)}</text>`,
		);
	for (const t of ticks.major)
		out.push(
			`<text x="${n(MARGIN + t.labelX)}" y="${axisY + 34}" fill="#1b1f24" font-weight="600">${x(t.label)}</text>`,
		);
	out.push('</g></svg>');
	return out.join('\n') + '\n';
}
