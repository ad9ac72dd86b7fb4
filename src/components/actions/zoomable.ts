import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import {
	MIN_SPAN,
	MAX_SPAN,
	clampRange,
	rangeFromTransform,
	transformFromRange,
	type Range,
} from '../../timeline/viewRange.ts';

/** What the zoom action needs: the view to show and where to report the view the user asks for. */
export interface ZoomParams {
	width: number;
	height: number;
	/** Range drawn at k = 1 (the fit-all view). */
	base: Range;
	/** Extent of the timeline, for the pan limits. */
	extent: Range;
	range: Range;
	reducedMotion: boolean;
	onrange: (r: Range) => void;
}

const toZoom = (t: { k: number; x: number }) => zoomIdentity.translate(t.x, 0).scale(t.k);

/**
 * Wheel, trackpad pinch, drag, touch pinch and double-click on the plot, through d3-zoom. The view
 * is state held elsewhere: the action reports ranges, and when the range changes from outside
 * (buttons, keyboard, overview, URL) it moves d3-zoom's transform to match without reporting back.
 */
export function zoomable(node: SVGSVGElement, params: ZoomParams) {
	let p = params;
	let reported: Range | undefined;
	const behavior = zoom<SVGSVGElement, unknown>()
		.filter((event: Event & { ctrlKey?: boolean; button?: number }) => {
			// A double-click on a marker or a count selects or expands it rather than zooming.
			const onItem = (event.target as Element | null)?.closest?.('[data-event-id],[data-cluster]');
			if (event.type === 'dblclick' && onItem) return false;
			return (!event.ctrlKey || event.type === 'wheel') && !event.button;
		})
		.constrain((t: ZoomTransform) =>
			toZoom(
				transformFromRange(
					clampRange(rangeFromTransform(t, p.base, p.width), p.extent),
					p.base,
					p.width,
				),
			),
		)
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			if (!event.sourceEvent) return;
			reported = rangeFromTransform(event.transform, p.base, p.width);
			// Several wheel events can arrive within one frame; render only the last of them.
			if (typeof requestAnimationFrame !== 'function') return p.onrange(reported);
			if (!frame) frame = requestAnimationFrame(flush);
		});
	let frame = 0;
	const flush = () => {
		frame = 0;
		if (reported) p.onrange(reported);
	};

	const configure = () => {
		const span = p.base.to - p.base.from;
		behavior
			.extent([
				[0, 0],
				[p.width, p.height],
			])
			.scaleExtent([span / Math.max(MAX_SPAN, span), span / MIN_SPAN])
			.duration(p.reducedMotion ? 0 : 250);
	};

	const sync = () => {
		const tolerance = (p.range.to - p.range.from) / p.width / 100;
		if (
			reported &&
			Math.abs(reported.from - p.range.from) < tolerance &&
			Math.abs(reported.to - p.range.to) < tolerance
		)
			return;
		reported = undefined;
		select(node).call(behavior.transform, toZoom(transformFromRange(p.range, p.base, p.width)));
	};

	configure();
	select(node).call(behavior);
	sync();

	return {
		update(next: ZoomParams) {
			const resized = next.width !== p.width || next.base !== p.base;
			p = next;
			configure();
			if (resized) reported = undefined;
			sync();
		},
		destroy() {
			if (frame) cancelAnimationFrame(frame);
			select(node).on('.zoom', null);
		},
	};
}
