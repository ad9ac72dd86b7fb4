import type { Timeline } from '../timeline.ts';

/** Where an article came from; anything but `server` (or a corrected date) needs a share link. */
export type ArticleOrigin = 'server' | 'pasted' | 'file' | 'opened' | 'shared';

/** One article of the workspace, with the date the reader set for it, if any. */
export interface WorkspaceArticle {
	id: string;
	name: string;
	text: string;
	/** `YYYY-MM-DD` set by the reader; overrides the article's own date. */
	dct?: string;
	origin: ArticleOrigin;
}

/** The articles a timeline was made from: its documents' full texts. */
export function articlesOf(timeline: Timeline, origin: ArticleOrigin): WorkspaceArticle[] {
	return timeline.documents.map((d) => ({
		id: d.id,
		name: d.path || d.title || d.id,
		text: d.text,
		origin,
	}));
}
