// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '../../src/extract/pipeline.ts';
import { startExtraction, type WorkerLike } from '../../src/ingest/extractClient.ts';
import { handleRun } from '../../src/worker/handleRun.ts';
import type { RunRequest, WorkerReply } from '../../src/worker/messages.ts';

const article: ArticleInput = {
	id: 'truce',
	path: 'truce.txt',
	text: 'Truce signed\nThe armistice was signed on 27 July 1953 at Panmunjom.',
};

/** A worker whose replies the test scripts, posted asynchronously as a real worker's would be. */
class FakeWorker implements WorkerLike {
	onmessage: WorkerLike['onmessage'] = null;
	onerror: WorkerLike['onerror'] = null;
	onmessageerror: WorkerLike['onmessageerror'] = null;
	terminated = false;
	requests: RunRequest[] = [];
	constructor(
		private readonly script: (request: RunRequest, worker: FakeWorker) => void = () => {},
	) {}
	postMessage(request: RunRequest) {
		this.requests.push(request);
		setTimeout(() => this.script(request, this));
	}
	reply(data: WorkerReply) {
		if (!this.terminated) this.onmessage?.({ data } as MessageEvent<WorkerReply>);
	}
	terminate() {
		this.terminated = true;
	}
}

/** Runs the real worker body in-process. */
const inProcess = () => new FakeWorker((req, w) => handleRun(req.inputs, (r) => w.reply(r)));

describe('startExtraction', () => {
	it('resolves with the timeline the worker extracted, and terminates the worker', async () => {
		const worker = inProcess();
		const outcome = await startExtraction([article], undefined, () => worker).result;
		expect(outcome).toMatchObject({ ok: true, warnings: expect.any(Array) });
		expect(outcome.ok && outcome.timeline.documents[0]?.id).toBe('truce');
		expect(outcome.ok && outcome.timeline.events.length).toBeGreaterThan(0);
		expect(worker.terminated).toBe(true);
	});

	it('sends the articles to the worker as one run request', () => {
		const worker = new FakeWorker();
		startExtraction([article], undefined, () => worker);
		expect(worker.requests).toEqual([{ type: 'run', inputs: [article] }]);
	});

	it('sends plain copies of the articles, which any worker can clone', () => {
		const worker = new FakeWorker();
		const proxied = new Proxy({ ...article, dct: '2023-07-27', extra: () => 1 }, {});
		startExtraction([proxied], undefined, () => worker);
		const sent = worker.requests[0]?.inputs[0];
		expect(sent).toEqual({ ...article, dct: '2023-07-27' });
		expect(structuredClone(sent)).toEqual(sent);
	});

	it('resolves with a message when the request cannot be posted', async () => {
		const worker = new FakeWorker();
		worker.postMessage = () => {
			throw new DOMException('could not be cloned', 'DataCloneError');
		};
		expect(await startExtraction([article], undefined, () => worker).result).toEqual({
			ok: false,
			cancelled: false,
			message: 'Could not start extraction: could not be cloned',
		});
		expect(worker.terminated).toBe(true);
	});

	it('passes progress fractions to onProgress', async () => {
		const worker = new FakeWorker((_, w) => {
			w.reply({ type: 'progress', fraction: 0.25 });
			w.reply({ type: 'progress', fraction: 0.75 });
			w.reply({ type: 'error', message: 'stop' });
		});
		const onProgress = vi.fn();
		await startExtraction([article], onProgress, () => worker).result;
		expect(onProgress.mock.calls).toEqual([[0.25], [0.75]]);
	});

	it('resolves cancelled and terminates the worker when cancelled mid-run', async () => {
		const worker = new FakeWorker();
		const job = startExtraction([article], undefined, () => worker);
		job.cancel();
		expect(worker.terminated).toBe(true);
		expect(await job.result).toEqual({
			ok: false,
			cancelled: true,
			message: 'Extraction cancelled.',
		});
	});

	it('ignores a cancel after the result arrived', async () => {
		const job = startExtraction([article], undefined, inProcess);
		const outcome = await job.result;
		job.cancel();
		expect(outcome.ok).toBe(true);
		expect(await job.result).toBe(outcome);
	});

	it('resolves with the message of an error the worker reports', async () => {
		const worker = new FakeWorker((_, w) => w.reply({ type: 'error', message: 'out of memory' }));
		expect(await startExtraction([article], undefined, () => worker).result).toEqual({
			ok: false,
			cancelled: false,
			message: 'Extraction failed: out of memory',
		});
	});

	it('resolves with a message when the worker itself crashes', async () => {
		const worker = new FakeWorker((_, w) =>
			w.onerror?.({ message: 'Uncaught SyntaxError', preventDefault() {} } as ErrorEvent),
		);
		expect(await startExtraction([article], undefined, () => worker).result).toEqual({
			ok: false,
			cancelled: false,
			message: 'Extraction failed: Uncaught SyntaxError',
		});
		expect(worker.terminated).toBe(true);
	});

	it('resolves with a message when no worker can be started', async () => {
		const outcome = await startExtraction([article], undefined, () => {
			throw new Error('Workers are disabled');
		}).result;
		expect(outcome).toEqual({
			ok: false,
			cancelled: false,
			message: 'Could not start extraction: Workers are disabled',
		});
	});
});
