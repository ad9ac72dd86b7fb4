import type { ArticleInput } from '../extract/pipeline.ts';
import type { Timeline } from '../timeline.ts';
import type { RunRequest, WorkerReply } from '../worker/messages.ts';

/** How an extraction ended: a timeline, or why there is none (cancelled by the user or failed). */
export type ExtractionOutcome =
	| { ok: true; timeline: Timeline; warnings: string[] }
	| { ok: false; cancelled: boolean; message: string };

/** A running extraction: its outcome, and a way to stop it. */
export interface ExtractionJob {
	result: Promise<ExtractionOutcome>;
	cancel(): void;
}

/** The part of `Worker` the client uses, so tests can hand in a worker that runs in-process. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
	onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
};

function extractionWorker(): WorkerLike {
	// Vite bundles the worker and the extractor it imports into their own chunk from this pattern.
	return new Worker(new URL('../worker/extractWorker.ts', import.meta.url), {
		type: 'module',
		name: 'dateline-extract',
	});
}

/**
 * Extracts `inputs` in a module Web Worker. `onProgress` gets fractions from 0 to 1. `cancel()`
 * terminates the worker at once, mid-sentence if need be, and the outcome is `cancelled: true`.
 * One worker per job: a cancelled run leaves nothing behind to reuse or clean up.
 */
export function startExtraction(
	inputs: ArticleInput[],
	onProgress?: (fraction: number) => void,
	createWorker: () => WorkerLike = extractionWorker,
): ExtractionJob {
	let settle: (outcome: ExtractionOutcome) => void = () => {};
	const result = new Promise<ExtractionOutcome>((resolve) => (settle = resolve));
	let worker: WorkerLike | null = null;
	const finish = (outcome: ExtractionOutcome) => {
		if (!worker) return;
		worker.terminate();
		worker = null;
		settle(outcome);
	};
	const fail = (message: string) => finish({ ok: false, cancelled: false, message });
	try {
		worker = createWorker();
	} catch (e) {
		settle({
			ok: false,
			cancelled: false,
			message: `Could not start extraction: ${(e as Error).message}`,
		});
		return { result, cancel() {} };
	}
	worker.onmessage = ({ data }) => {
		if (data.type === 'progress') onProgress?.(data.fraction);
		else if (data.type === 'done')
			finish({ ok: true, timeline: data.timeline, warnings: data.warnings });
		else fail(`Extraction failed: ${data.message}`);
	};
	worker.onerror = (event) => {
		event.preventDefault?.();
		fail(`Extraction failed: ${event.message || 'the worker stopped unexpectedly'}`);
	};
	worker.onmessageerror = () =>
		fail('Extraction failed: the worker sent a message that could not be read');
	// Plain copies: a reactive proxy or a stray function in an input cannot be cloned to a worker.
	const plain = inputs.map(({ id, path, text, dct }) => ({
		id,
		path,
		text,
		...(dct ? { dct } : {}),
	}));
	const request: RunRequest = { type: 'run', inputs: plain };
	try {
		worker.postMessage(request);
	} catch (e) {
		fail(`Could not start extraction: ${(e as Error).message}`);
	}
	return {
		result,
		cancel: () => finish({ ok: false, cancelled: true, message: 'Extraction cancelled.' }),
	};
}
