import type { Timeline } from '../timeline.ts';
import type { ArticleInput } from '../extract/pipeline.ts';
import type { ExtractionJob } from '../ingest/extractClient.ts';
import { loadTimeline } from './loadTimeline.ts';
import { dropMissingEvent, fitQuery, replaceHash } from './urlSync.svelte.ts';
import { filterDocuments } from '../timeline/filterDocuments.ts';
import { appendTimeline } from '../timeline/appendTimeline.ts';
import { articlesOf, type ArticleOrigin, type WorkspaceArticle } from './articles.ts';
import { freshSlug } from '../cli/slug.ts';

export type { ArticleOrigin, WorkspaceArticle } from './articles.ts';

/** G's `startExtraction`, injected so tests can pass a fake. */
export type StartExtraction = (
	inputs: ArticleInput[],
	onProgress?: (fraction: number) => void,
) => ExtractionJob;

/** The timeline on screen; a new `version` means a new timeline (the page rebuilds its state). */
export interface Shown {
	timeline: Timeline;
	version: number;
	/** Said once in the page's notice when this timeline appears. */
	notice: string | null;
}

/** What to do with the URL's view when a new timeline replaces the old one. */
type ViewAfter = 'keep' | 'fit';

/**
 * The source of the shown timeline. Starts from the server's timeline.json (no extraction),
 * re-extracts every article through the worker when articles are added or a date is corrected,
 * and switches to an opened file's timeline. While an extraction runs or fails, the timeline on
 * screen stays as it is. The seed's documents carry their full text, so adding an article
 * re-extracts seed and new articles together into one timeline.
 */
export class Workspace {
	shown = $state.raw<Shown | null>(null);
	articles = $state.raw<WorkspaceArticle[]>([]);
	/** Documents whose events are filtered out. */
	hidden = $state.raw<ReadonlySet<string>>(new Set());
	loadError = $state.raw<{ message: string; problems: string[] } | null>(null);
	/** 0–1 while the worker runs, null otherwise. */
	progress = $state<number | null>(null);
	/** The outcome of the last action (refused files, a failed or cancelled extraction). */
	status = $state<string | null>(null);
	/** Why the last extraction did not finish, in a few words. */
	failure: string | null = null;
	/** Writes the page's pending URL change now; set by the page once it is mounted. */
	flushUrl: () => void = () => {};
	/**
	 * A timeline opened from a file. Its events come from the file, not from its documents' text,
	 * so it is never extracted again: added articles are extracted alone and appended to it.
	 */
	#base: Timeline | null = null;
	#job: ExtractionJob | null = null;
	#target: WorkspaceArticle[] | null = null;
	#version = 0;

	constructor(private readonly start: StartExtraction) {}

	get timeline(): Timeline | null {
		return this.shown?.timeline ?? null;
	}

	/** True when the articles differ from the server's, so a plain link would not show them. */
	get carriesOwnData(): boolean {
		return this.articles.some((a) => a.origin !== 'server' || a.dct !== undefined);
	}

	/** True when the timeline came from an opened file, which a link cannot carry. */
	get fromFile(): boolean {
		return this.#base !== null;
	}

	/** Loads the server's timeline as it is. */
	async load(url: string, fetcher?: typeof fetch): Promise<boolean> {
		this.#base = null;
		const r = await loadTimeline(url, fetcher);
		if (!r.ok) {
			this.loadError = { message: r.message, problems: r.problems };
			return false;
		}
		this.loadError = null;
		this.#show(r.timeline, articlesOf(r.timeline, 'server'), 'keep');
		return true;
	}

	/** Adds articles to the timeline; resolves false when nothing changed. */
	add(list: { name: string; text: string }[], origin: ArticleOrigin = 'pasted'): Promise<boolean> {
		const base = this.#target ?? this.articles;
		const taken = new Set(base.map((a) => a.id));
		const added = list
			.filter((a) => a.text.trim() !== '')
			.map((a) => ({ id: freshSlug(a.name, taken), name: a.name, text: a.text, origin }));
		if (added.length === 0) {
			this.status = 'There is no text to add.';
			return Promise.resolve(false);
		}
		return this.run([...base, ...added], 'fit');
	}

	/** Sets the article date of one document (`YYYY-MM-DD`) and re-resolves every relative date. */
	setDate(id: string, dct: string): Promise<boolean> {
		const base = this.#target ?? this.articles;
		if (base.some((a) => a.id === id && a.origin === 'opened')) {
			this.status = 'The dates of an opened timeline file are as the file gives them.';
			return Promise.resolve(false);
		}
		return this.run(
			base.map((a) => (a.id === id ? { ...a, dct } : a)),
			'fit',
		);
	}

	/** Extracts `articles` into a new timeline; the old one stays on screen until this succeeds. */
	async run(articles: WorkspaceArticle[], view: ViewAfter, keepHash = false): Promise<boolean> {
		this.#job?.cancel();
		this.#target = articles;
		this.status = null;
		this.progress = 0;
		const job = this.start(
			articles
				.filter((a) => a.origin !== 'opened')
				.map((a) => ({
					id: a.id,
					path: a.name,
					text: a.text,
					...(a.dct ? { dct: a.dct } : {}),
				})),
			(f) => {
				if (this.#job === job) this.progress = f;
			},
		);
		this.#job = job;
		const outcome = await job.result;
		if (this.#job !== job) return false;
		this.#job = null;
		this.#target = null;
		this.progress = null;
		if (!outcome.ok) {
			this.failure = outcome.cancelled ? 'opening was cancelled' : outcome.message;
			this.status = outcome.cancelled
				? 'Extraction cancelled — the timeline is unchanged.'
				: `The articles could not be read: ${outcome.message}. The timeline is unchanged.`;
			return false;
		}
		// The fragment described the old articles; Copy link builds a new one.
		if (!keepHash) replaceHash('');
		const timeline = this.#base ? appendTimeline(this.#base, outcome.timeline) : outcome.timeline;
		this.#show(timeline, articles, view);
		return true;
	}

	/** Stops the running extraction; the timeline on screen stays. */
	cancel(): void {
		const job = this.#job;
		if (!job) return;
		this.#job = null;
		this.#target = null;
		this.progress = null;
		job.cancel();
		this.failure = 'opening was cancelled';
		this.status = 'Extraction cancelled — the timeline is unchanged.';
	}

	/** Shows a timeline opened from a file; its documents become the workspace's articles. */
	open(timeline: Timeline): void {
		this.cancel();
		this.status = null;
		this.#base = timeline;
		replaceHash('');
		this.#show(timeline, articlesOf(timeline, 'opened'), 'fit');
	}

	/** Shows or hides one document's events (the last visible document cannot be hidden). */
	toggle(id: string): void {
		const docs = this.timeline?.documents ?? [];
		const hidden = new Set(this.hidden);
		if (hidden.has(id)) hidden.delete(id);
		else if (docs.filter((d) => !hidden.has(d.id)).length > 1) hidden.add(id);
		else return;
		this.flushUrl();
		// A selected event that the filter removes is let go quietly: hiding it was the point.
		const kept = filterDocuments(this.timeline!, hidden).events;
		dropMissingEvent((id) => kept.some((e) => e.id === id));
		this.hidden = hidden;
	}

	/** Says something in the page's notice along with the current timeline. */
	notify(notice: string): void {
		if (this.shown) this.shown = { ...this.shown, version: ++this.#version, notice };
	}

	#show(timeline: Timeline, articles: WorkspaceArticle[], view: ViewAfter): void {
		if (view === 'fit') {
			this.flushUrl();
			fitQuery((id) => timeline.events.some((e) => e.id === id));
		}
		const ids = new Set(timeline.documents.map((d) => d.id));
		this.hidden = new Set([...this.hidden].filter((id) => ids.has(id)));
		this.articles = articles;
		this.shown = { timeline, version: ++this.#version, notice: null };
	}
}
