import { extractTimeline, type ArticleInput, type ExtractOptions } from '../extract/pipeline.ts';
import type { WorkerReply } from './messages.ts';

/**
 * One extraction run, apart from the Worker global so it can be tested in Node: posts progress
 * fractions as the extractor reports them, then the timeline or the error that stopped it.
 */
export function handleRun(inputs: ArticleInput[], post: (reply: WorkerReply) => void): void {
	let last = -1;
	const options: ExtractOptions = {
		onProgress(done, total) {
			const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
			// The extractor promises monotonic calls; a repeat would only cost the page a render.
			if (fraction <= last) return;
			last = fraction;
			post({ type: 'progress', fraction });
		},
	};
	try {
		const { timeline, warnings } = extractTimeline(inputs, options);
		post({ type: 'done', timeline, warnings });
	} catch (e) {
		post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
	}
}
