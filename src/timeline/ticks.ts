import { utcDay, utcHour, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY, HOUR } from './isoDates.ts';
import { formatUtc } from './formatUtc.ts';
import type { Range } from './viewRange.ts';

/** One tick: its instant, its x in pixels, and its label's left edge (labels sit right of ticks). */
export interface Tick {
	t: number;
	x: number;
	label: string;
	labelX: number;
}

/** The two tiers of the axis. */
export interface AxisTicks {
	minor: Tick[];
	major: Tick[];
	/** Name of the minor unit, for tests and the readout: 'hour', 'day', 'month', 'year'. */
	unit: string;
}

interface Level {
	unit: string;
	approx: number;
	minor: TimeInterval;
	minorLabel: (t: number) => string;
	major: TimeInterval;
	majorLabel: (t: number) => string;
}

const YEAR = 365.25 * DAY;
const decade = (t: number) => `${Math.floor(new Date(t).getUTCFullYear() / 10) * 10}s`;
const century = (t: number) => `${Math.floor(new Date(t).getUTCFullYear() / 100) * 100}s`;

function level(
	unit: string,
	approx: number,
	minor: TimeInterval,
	fmt: string | ((t: number) => string),
	major: TimeInterval,
	majorFmt: string | ((t: number) => string),
): Level {
	const f = (p: string | ((t: number) => string)) =>
		typeof p === 'string' ? (t: number) => formatUtc(t, p) : p;
	return { unit, approx, minor, minorLabel: f(fmt), major, majorLabel: f(majorFmt) };
}

/** From the finest to the coarsest tick step; the first whose labels fit is used. */
const LADDER: Level[] = [
	level('hour', HOUR, utcHour, 'HH:mm', utcDay, 'EEE d MMM yyyy'),
	level('hour', 3 * HOUR, utcHour.every(3)!, 'HH:mm', utcDay, 'EEE d MMM yyyy'),
	level('hour', 6 * HOUR, utcHour.every(6)!, 'HH:mm', utcDay, 'EEE d MMM yyyy'),
	level('hour', 12 * HOUR, utcHour.every(12)!, 'HH:mm', utcDay, 'EEE d MMM yyyy'),
	level('day', DAY, utcDay, 'd', utcMonth, 'MMMM yyyy'),
	level('day', 2 * DAY, utcDay.every(2)!, 'd', utcMonth, 'MMMM yyyy'),
	level('day', 7 * DAY, utcDay.every(7)!, 'd', utcMonth, 'MMMM yyyy'),
	level('month', 30 * DAY, utcMonth, 'MMM', utcYear, 'yyyy'),
	level('month', 91 * DAY, utcMonth.every(3)!, 'MMM', utcYear, 'yyyy'),
	level('year', YEAR, utcYear, 'yyyy', utcYear.every(10)!, decade),
	level('year', 2 * YEAR, utcYear.every(2)!, 'yyyy', utcYear.every(10)!, decade),
	level('year', 5 * YEAR, utcYear.every(5)!, 'yyyy', utcYear.every(10)!, decade),
	level('year', 10 * YEAR, utcYear.every(10)!, 'yyyy', utcYear.every(100)!, century),
	level('year', 20 * YEAR, utcYear.every(20)!, 'yyyy', utcYear.every(100)!, century),
	level('year', 50 * YEAR, utcYear.every(50)!, 'yyyy', utcYear.every(100)!, century),
];

/** Estimated width of a label at the axis font size; estimated so no layout is read back. */
export function labelWidth(text: string): number {
	return text.length * 7.2 + 8;
}

/** Drops labels that would overlap the one before (left to right). */
function keepApart(ticks: Tick[], gap: number): Tick[] {
	const kept: Tick[] = [];
	let right = -Infinity;
	for (const t of ticks) {
		if (t.labelX < right + gap) continue;
		kept.push(t);
		right = t.labelX + labelWidth(t.label);
	}
	return kept;
}

/**
 * Two-tier ticks for a view `width` pixels wide: the finest step whose labels fit, and the next
 * unit up as the major tier. The major period the view starts in keeps its label pinned at the
 * left edge until the next major label reaches it, so the context is always readable.
 */
export function axisTicks(view: Range, width: number): AxisTicks {
	const pxPerMs = width / (view.to - view.from);
	// A label cut off by the right edge reads as a different date ("20" for 2025); leave it out.
	const fits = (t: Tick) => t.labelX + labelWidth(t.label) - 8 <= width;
	const x = (t: number) => (t - view.from) * pxPerMs;
	const lv =
		LADDER.find((l) => l.approx * pxPerMs >= labelWidth(l.minorLabel(view.from)) + 6) ??
		LADDER[LADDER.length - 1]!;
	const from = new Date(view.from);
	const to = new Date(view.to);
	const minor = lv.minor.range(lv.minor.floor(from), to).map((d) => {
		const t = d.getTime();
		return { t, x: x(t), label: lv.minorLabel(t), labelX: x(t) + 3 };
	});
	const majorDates = [
		lv.major.floor(from),
		...lv.major.range(lv.major.offset(lv.major.floor(from), 1), to),
	];
	const major = majorDates.map((d) => {
		const t = d.getTime();
		return { t, x: x(t), label: lv.majorLabel(t), labelX: Math.max(x(t), 0) + 3 };
	});
	const first = major[0];
	const second = major[1];
	// The pinned label gives way to the next one rather than being half covered.
	if (first && second && first.labelX + labelWidth(first.label) + 8 > second.labelX) major.shift();
	return {
		minor: keepApart(
			minor.filter((t) => t.labelX >= 0 && fits(t)),
			4,
		),
		major: keepApart(
			major.filter((t) => t.labelX + labelWidth(t.label) > 0 && fits(t)),
			8,
		),
		unit: lv.unit,
	};
}
