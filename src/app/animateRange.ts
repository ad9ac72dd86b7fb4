import { interpolateZoom } from 'd3-interpolate';
import type { Range } from '../timeline/viewRange.ts';
import { prefersReducedMotion } from './motion.ts';

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Moves the view from `a` to `b` along a smooth zoom-and-pan path (van Wijk and Nuij, as d3-zoom
 * does), calling `apply` once per frame; instant under prefers-reduced-motion. Returns a cancel.
 */
export function animateRange(
	a: Range,
	b: Range,
	apply: (r: Range) => void,
	duration = 450,
): () => void {
	if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
		apply(b);
		return () => {};
	}
	// Centre and width in units of the target span keep the interpolation well conditioned.
	const unit = b.to - b.from;
	const i = interpolateZoom(
		[((a.from + a.to) / 2 - b.from) / unit, 0, (a.to - a.from) / unit],
		[0.5, 0, 1],
	);
	const started = performance.now();
	let frame = 0;
	const step = (now: number) => {
		const t = Math.min((now - started) / duration, 1);
		const [cx, , w] = i(ease(t));
		const mid = b.from + cx * unit;
		apply(t === 1 ? b : { from: mid - (w * unit) / 2, to: mid + (w * unit) / 2 });
		if (t < 1) frame = requestAnimationFrame(step);
	};
	frame = requestAnimationFrame(step);
	return () => cancelAnimationFrame(frame);
}
