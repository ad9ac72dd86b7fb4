/** Called with work done so far and the total, both in the same units. */
export type ProgressCallback = (done: number, total: number) => void;

/** Where a run stands: `at(document, fraction)` as each document advances, `finish()` at the end. */
export interface ProgressMeter {
	at(documentIndex: number, fraction: number): void;
	finish(): void;
}

/**
 * Measures progress in characters of article text, so a long article moves the bar more than a
 * short one, and reports at most `steps + 1` times however many documents and sentences there
 * are: a worker posting a message per sentence would flood the page it is meant to inform.
 * Calls are monotonic and the last one has done === total. A twentieth of the total is held back
 * for the cross-document merge that follows the last document.
 */
export function progressMeter(
	onProgress: ProgressCallback | undefined,
	lengths: number[],
	steps = 32,
): ProgressMeter {
	const weights = lengths.map((n) => Math.max(1, n));
	const offsets: number[] = [];
	let sum = 0;
	for (const w of weights) {
		offsets.push(sum);
		sum += w;
	}
	const total = sum + Math.max(1, Math.ceil(sum / 20));
	let done = 0;
	let lastStep = -1;
	const report = (value: number) => {
		if (!onProgress || value <= done) return;
		done = Math.min(total, value);
		const step = Math.floor((done / total) * steps);
		if (step > lastStep || done === total) {
			lastStep = step;
			onProgress(done, total);
		}
	};
	return {
		at(documentIndex, fraction) {
			const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
			const offset = offsets[documentIndex];
			const weight = weights[documentIndex];
			if (offset === undefined || weight === undefined) return;
			report(Math.floor(offset + weight * f));
		},
		finish() {
			report(total);
		},
	};
}
