import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';

/** The brush's pixel extent and selection, and where to report what the user does with it. */
export interface BrushParams {
	width: number;
	height: number;
	/** The visible range in overview pixels. */
	selection: [number, number];
	onbrush: (px: [number, number]) => void;
	/** A click outside the selection: jump there. */
	onjump: (px: number) => void;
}

/**
 * A d3-brush on the overview strip: dragging the selection pans, its handles zoom, a click outside
 * jumps. When the view changes elsewhere the selection is moved to match without reporting back.
 */
export function brushable(node: SVGGElement, params: BrushParams) {
	let p = params;
	let reported: [number, number] | undefined;
	const brush = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
		if (!event.sourceEvent) return;
		const sel = event.selection as [number, number] | null;
		if (sel && sel[1] - sel[0] >= 1) {
			reported = sel;
			p.onbrush(sel);
		} else if (event.type === 'end') {
			reported = undefined;
			p.onjump(pointer(event.sourceEvent, node)[0]);
		}
	});

	const sync = () => {
		const [a, b] = p.selection;
		const sel: [number, number] = [
			Math.max(0, Math.min(a, p.width - 2)),
			Math.min(p.width, Math.max(b, a + 2, 2)),
		];
		if (reported && Math.abs(reported[0] - sel[0]) < 0.5 && Math.abs(reported[1] - sel[1]) < 0.5)
			return;
		reported = undefined;
		select(node).call(brush.move, sel);
	};

	const configure = () => {
		brush.extent([
			[0, 0],
			[p.width, p.height],
		]);
		select(node).call(brush);
	};

	configure();
	sync();

	return {
		update(next: BrushParams) {
			const resized = next.width !== p.width || next.height !== p.height;
			p = next;
			if (resized) {
				reported = undefined;
				configure();
			}
			sync();
		},
		destroy() {
			select(node).on('.brush', null);
		},
	};
}
