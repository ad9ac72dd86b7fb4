import { getContext, setContext } from 'svelte';
import type { TimelineData } from './timelineData.ts';
import type { ViewState } from './viewState.svelte.ts';

/** What every component of a loaded timeline shares. */
export interface AppContext {
	data: TimelineData;
	view: ViewState;
	/** Writes the current view to the URL now instead of after the debounce. */
	flushUrl: () => void;
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
