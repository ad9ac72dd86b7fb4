/** The module worker that runs `src/extract` off the main thread, so the page never freezes. */
import { handleRun } from './handleRun.ts';
import type { RunRequest, WorkerReply } from './messages.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RunRequest>) => {
	const request = event.data;
	if (request?.type !== 'run' || !Array.isArray(request.inputs)) {
		scope.postMessage({ type: 'error', message: 'unknown request to the extraction worker' });
		return;
	}
	handleRun(request.inputs, (reply: WorkerReply) => scope.postMessage(reply));
};
