/** Frame timing for the browser benchmark: a recorder injected into the page and its summary. */

/** What the recorder hands back: rAF intervals and each frame's main-thread work, in ms. */
export interface FrameSamples {
	deltas: number[];
	work: number[];
}

/**
 * Runs in the page. Records the interval between animation frames and each frame's main-thread
 * work, from its first wheel event (or, without input, our rAF callback) until a message posted
 * from that callback arrives, which happens only after the frame's rAF callbacks, style, layout
 * and paint. Chromium dispatches wheel events inside the frame, just before rAF callbacks, as long
 * as a frame is pending, and this recorder keeps one pending. Intervals alone cannot show a frame
 * under 16 ms, since Chromium paces them to 60 Hz.
 */
export function frameRecorder(): void {
	const deltas: number[] = [];
	const work: number[] = [];
	let running = true;
	let firstInput: number | null = null;
	let last = performance.now();
	const onWheel = () => {
		firstInput ??= performance.now();
	};
	addEventListener('wheel', onWheel, { capture: true, passive: true });
	const frame = (time: number) => {
		if (!running) return;
		deltas.push(time - last);
		last = time;
		const start = firstInput ?? performance.now();
		firstInput = null;
		const channel = new MessageChannel();
		channel.port1.onmessage = () => work.push(performance.now() - start);
		channel.port2.postMessage(0);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	(window as unknown as { __stopFrames(): FrameSamples }).__stopFrames = () => {
		running = false;
		removeEventListener('wheel', onWheel, { capture: true });
		return { deltas: deltas.slice(1), work };
	};
}

/** Median, 95th percentile, maximum and count of a list of durations. */
export function summarise(values: number[]): {
	count: number;
	median: number;
	p95: number;
	max: number;
} {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
	return {
		count: sorted.length,
		median: at(0.5),
		p95: at(0.95),
		max: sorted[sorted.length - 1] ?? NaN,
	};
}
