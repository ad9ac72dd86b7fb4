/** What the extractor is given: the articles and the options of a run. */
import type { ProgressCallback } from './progress.ts';

export interface ArticleInput {
	/** URL-safe id, from the file name. */
	id: string;
	path: string;
	text: string;
	/** `YYYY-MM-DD`: the reader's date for this article; beats `ExtractOptions.dct` and inference. */
	dct?: string;
}
export interface ExtractOptions {
	/** `YYYY-MM-DD`; overrides any dateline or inference. */
	dct?: string;
	/**
	 * Told how far the run is, a few dozen times at most: monotonic, the last call has
	 * done === total. Units are characters of text plus a share for merging documents.
	 */
	onProgress?: ProgressCallback;
}
