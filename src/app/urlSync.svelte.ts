import { untrack } from 'svelte';
import { formatView, parseView } from '../timeline/urlView.ts';
import type { TimelineData } from './timelineData.ts';
import type { ViewState } from './viewState.svelte.ts';

const REPLACE_DELAY = 300;

/** Applies a query string to the view; returns the notice to show when part of it was unusable. */
export function applySearch(view: ViewState, data: TimelineData, search: string): string | null {
	const { view: v, problems } = parseView(search);
	const notes: string[] = [];
	let selected: string | null = null;
	if (v.event !== undefined) {
		if (data.event(v.event)) selected = v.event;
		else notes.push(`No event “${v.event}” in this timeline`);
	}
	if (problems.length) notes.push(`This link’s view could not be used (${problems.join('; ')})`);
	const span = data.fit.to - data.fit.from;
	if (notes.length || (v.from === undefined && v.to === undefined)) view.setRange(data.fit);
	else view.setRange({ from: v.from ?? v.to! - span, to: v.to ?? v.from! + span });
	view.select(selected);
	return notes.length ? `${notes.join('. ')} — showing everything.` : null;
}

/**
 * The one place that touches history and location. Reads the URL once at start, pushes an entry
 * when the selection changes, replaces it (debounced) while zooming and panning, restores the view
 * on popstate, and skips writes when the URL already says the same, so it ignores its own echoes.
 * Call during component initialisation. Returns a function that writes a pending change now (for
 * "Copy link", which must copy the view as it is, not as it was 300 ms ago).
 */
export function urlSync(view: ViewState, data: TimelineData): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	view.notice = applySearch(view, data, location.search);
	let lastSelected = view.selectedId;

	const query = () =>
		formatView(
			{ event: view.selectedId ?? undefined, from: view.from, to: view.to },
			view.msPerPixel,
		);
	const href = (q: string) => `${location.pathname}${q}${location.hash}`;

	$effect(() => {
		const q = query();
		const selected = view.selectedId;
		clearTimeout(timer);
		if (selected !== lastSelected) {
			lastSelected = selected;
			if (q !== location.search) history.pushState(null, '', href(q));
			return;
		}
		if (q === location.search) return;
		timer = setTimeout(flush, REPLACE_DELAY);
	});

	const flush = () => {
		clearTimeout(timer);
		const now = untrack(query);
		if (now !== location.search) history.replaceState(history.state, '', href(now));
	};

	$effect(() => {
		const restore = () => {
			clearTimeout(timer);
			view.notice = applySearch(view, data, location.search);
			lastSelected = view.selectedId;
		};
		addEventListener('popstate', restore);
		return () => {
			removeEventListener('popstate', restore);
			clearTimeout(timer);
		};
	});
	return flush;
}

const rewrite = (search: string, hash: string) =>
	history.replaceState(history.state, '', `${location.pathname}${search}${hash}`);

/** Replaces the query (an empty one leaves no `?`), keeping the fragment. */
function writeQuery(q: URLSearchParams): void {
	const s = q.toString();
	rewrite(s ? `?${s}` : '', location.hash);
}

/** Replaces the URL fragment (`''` removes it) without a new history entry. */
export function replaceHash(hash: string): void {
	if (location.hash !== hash) rewrite(location.search, hash);
}

/**
 * Drops the range from the query so a new timeline opens fitted, and keeps the selected event
 * only when `exists` says it is in that timeline.
 */
export function fitQuery(exists: (id: string) => boolean): void {
	const event = new URLSearchParams(location.search).get('event');
	rewrite(event && exists(event) ? `?event=${encodeURIComponent(event)}` : '', location.hash);
}

/** Writes a shared link's view into the query, unless the query already has a view. */
export function seedQuery(v: { event?: string; from?: string; to?: string }): void {
	const q = new URLSearchParams(location.search);
	if (q.has('event') || q.has('from') || q.has('to')) return;
	for (const k of ['event', 'from', 'to'] as const) if (v[k]) q.set(k, v[k]!);
	writeQuery(q);
}

/** Removes the selected event from the query (keeping the range) when `exists` says it is gone. */
export function dropMissingEvent(exists: (id: string) => boolean): void {
	const q = new URLSearchParams(location.search);
	const event = q.get('event');
	if (!event || exists(event)) return;
	q.delete('event');
	writeQuery(q);
}
