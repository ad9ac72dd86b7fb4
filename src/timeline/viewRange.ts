import { DAY, HOUR } from './isoDates.ts';

/** A visible stretch of time in epoch milliseconds. */
export interface Range {
	from: number;
	to: number;
}

/** A d3-zoom style transform restricted to x: screen = base × k + x. */
export interface XTransform {
	k: number;
	x: number;
}

/** The narrowest view: a few hours. */
export const MIN_SPAN = 6 * HOUR;
/** The widest view: a few centuries. */
export const MAX_SPAN = 300 * 365.25 * DAY;

/** The fit-all view: the extent with a margin so markers at the ends are not cut off. */
export function fitRange(extent: Range, margin = 0.04): Range {
	const span = Math.max(extent.to - extent.from, MIN_SPAN);
	const mid = (extent.from + extent.to) / 2;
	const padded = Math.min(span * (1 + 2 * margin), Math.max(MAX_SPAN, span));
	return { from: mid - padded / 2, to: mid + padded / 2 };
}

/**
 * Keeps a view within the zoom limits and overlapping the timeline: the span between MIN_SPAN and
 * MAX_SPAN (or the fit-all span, if wider), the centre within the extent.
 */
export function clampRange(r: Range, extent: Range): Range {
	const widest = Math.max(MAX_SPAN, fitRange(extent).to - fitRange(extent).from);
	const span = Math.min(Math.max(r.to - r.from, MIN_SPAN), widest);
	const mid = Math.min(Math.max((r.from + r.to) / 2, extent.from), extent.to);
	return { from: mid - span / 2, to: mid + span / 2 };
}

/** The view a transform shows, given the base range drawn at k = 1 across `width` pixels. */
export function rangeFromTransform(t: XTransform, base: Range, width: number): Range {
	const msPerPx = (base.to - base.from) / width;
	return {
		from: base.from + (-t.x / t.k) * msPerPx,
		to: base.from + ((width - t.x) / t.k) * msPerPx,
	};
}

/** The transform that shows `r`; inverse of `rangeFromTransform`. */
export function transformFromRange(r: Range, base: Range, width: number): XTransform {
	const k = (base.to - base.from) / (r.to - r.from);
	return { k, x: (-k * (r.from - base.from) * width) / (base.to - base.from) };
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant at `anchor` (0–1 across the view) in place. */
export function zoomRange(r: Range, factor: number, anchor = 0.5): Range {
	const at = r.from + (r.to - r.from) * anchor;
	const span = (r.to - r.from) / factor;
	return { from: at - span * anchor, to: at + span * (1 - anchor) };
}

/** Moves the view so `t` is in the middle, keeping its span. */
export function centreOn(r: Range, t: number): Range {
	const half = (r.to - r.from) / 2;
	return { from: t - half, to: t + half };
}
