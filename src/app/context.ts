import { getContext, setContext } from 'svelte';
import type { TimelineData } from './timelineData.ts';
import type { ViewState } from './viewState.svelte.ts';
import type { ShareLinkResult } from './buildShareLink.ts';

/** "Copy link" for articles the server does not have: a link that carries them, or a download. */
export interface ShareTools {
	/** True when a plain link would not show what is on screen. */
	needed(): boolean;
	link(): Promise<ShareLinkResult>;
	/** Saves the timeline as this project's JSON. */
	downloadJson(): void;
}

/** What every component of a loaded timeline shares. */
export interface AppContext {
	data: TimelineData;
	view: ViewState;
	/** Writes the current view to the URL now instead of after the debounce. */
	flushUrl: () => void;
	share?: ShareTools;
}

const KEY = Symbol('dateline');

export function setApp(ctx: AppContext): AppContext {
	return setContext(KEY, ctx);
}

export function getApp(): AppContext {
	const ctx = getContext<AppContext | undefined>(KEY);
	if (!ctx) throw new Error('getApp() outside a loaded timeline');
	return ctx;
}
