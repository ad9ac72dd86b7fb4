import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/app/workspace.svelte.ts';
import type { ArticleInput as ExtractionInput } from '../../src/extract/pipeline.ts';
import type { ExtractionOutcome } from '../../src/ingest/extractClient.ts';
import type { Timeline } from '../../src/timeline.ts';
import { event, timeline } from '../fixtures/app/buildTimeline.ts';
import { seedLikeFile as seedLike } from '../fixtures/app/seedLikeFile.ts';

const seed = seedLike;

/** A fake worker: records each run and lets the test decide when and how it ends. */
function fakeWorker() {
	const runs: {
		inputs: ExtractionInput[];
		progress?: (f: number) => void;
		finish: (o: ExtractionOutcome) => void;
		cancelled: boolean;
	}[] = [];
	const start = (inputs: ExtractionInput[], progress?: (f: number) => void) => {
		let finish!: (o: ExtractionOutcome) => void;
		const result = new Promise<ExtractionOutcome>((r) => (finish = r));
		const run = { inputs, progress, finish, cancelled: false };
		runs.push(run);
		return {
			result,
			cancel: () => {
				run.cancelled = true;
				finish({ ok: false, cancelled: true, message: 'cancelled' });
			},
		};
	};
	return { runs, start };
}

const extracted = (ids: string[]): Timeline =>
	timeline(
		ids.map((id) => ({ ...seed.documents[0]!, id })),
		[event({ id: 'new-event', title: 'New', start: '2024-03-04', sources: [] })],
	);

async function loaded(start: ReturnType<typeof fakeWorker>['start']) {
	const ws = new Workspace(start);
	await ws.load('./timeline.json', async () => new Response(JSON.stringify(seed)));
	return ws;
}

beforeEach(() => history.replaceState(null, '', '/?event=x&from=2000-01-01&to=2001-01-01'));
afterEach(() => vi.restoreAllMocks());

describe('Workspace', () => {
	it('shows the server timeline as it is, without extracting, and owns nothing to share', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		expect(ws.timeline).toBe(ws.shown!.timeline);
		expect(ws.timeline!.events).toHaveLength(seed.events.length);
		expect(w.runs).toHaveLength(0);
		expect(ws.articles.map((a) => a.origin)).toEqual(seed.documents.map(() => 'server'));
		expect(ws.carriesOwnData).toBe(false);
	});

	it('extracts the seed documents and the added article together', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		const done = ws.add([{ name: 'Museum opens.txt', text: 'Museum opens\nIt opened on Monday.' }]);
		expect(w.runs[0]!.inputs.map((i) => i.id)).toEqual([
			...seed.documents.map((d) => d.id),
			'museum-opens',
		]);
		expect(w.runs[0]!.inputs[0]!.text).toBe(seed.documents[0]!.text);
		w.runs[0]!.finish({ ok: true, timeline: extracted(['a', 'b', 'museum-opens']), warnings: [] });
		expect(await done).toBe(true);
		expect(ws.timeline!.events.map((e) => e.id)).toEqual(['new-event']);
		expect(ws.carriesOwnData).toBe(true);
	});

	it('keeps the current timeline on screen while the worker runs, and reports its progress', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		const before = ws.shown;
		ws.add([{ name: 'a.txt', text: 'Something happened in 1999.' }]);
		w.runs[0]!.progress!(0.4);
		expect(ws.progress).toBe(0.4);
		expect(ws.shown).toBe(before);
	});

	it('keeps the current timeline when the extraction fails, and says why', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		const before = ws.shown;
		const done = ws.add([{ name: 'a.txt', text: 'text' }]);
		w.runs[0]!.finish({ ok: false, cancelled: false, message: 'the worker crashed' });
		expect(await done).toBe(false);
		expect(ws.shown).toBe(before);
		expect(ws.progress).toBeNull();
		expect(ws.status).toContain('the worker crashed');
	});

	it('cancels the worker and keeps the previous timeline and articles', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		const before = ws.shown;
		const done = ws.add([{ name: 'a.txt', text: 'text' }]);
		ws.cancel();
		expect(w.runs[0]!.cancelled).toBe(true);
		expect(await done).toBe(false);
		expect(ws.shown).toBe(before);
		expect(ws.articles).toHaveLength(seed.documents.length);
		expect(ws.status).toMatch(/cancelled/);
	});

	it('refuses blank text without starting the worker', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		expect(await ws.add([{ name: 'blank.txt', text: '  \n ' }])).toBe(false);
		expect(w.runs).toHaveLength(0);
		expect(ws.status).toMatch(/no text/);
	});

	it('passes a corrected date to that document only', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		const id = seed.documents[1]!.id;
		ws.setDate(id, '2024-04-10');
		expect(w.runs[0]!.inputs.map((i) => i.dct)).toEqual([undefined, '2024-04-10']);
	});

	it('opens a new timeline fitted, keeping the selected event only when it exists there', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		const version = ws.shown!.version;
		ws.open(extracted(['x']));
		expect(ws.shown!.version).toBeGreaterThan(version);
		expect(location.search).toBe('');
		expect(ws.articles.map((a) => a.origin)).toEqual(['opened']);
		history.replaceState(null, '', '/?event=new-event&from=2000-01-01&to=2001-01-01');
		ws.open(extracted(['y']));
		expect(location.search).toBe('?event=new-event');
	});

	it('never hides the last visible document', async () => {
		const ws = await loaded(fakeWorker().start);
		const [a, b] = seed.documents.map((d) => d.id);
		ws.toggle(a!);
		ws.toggle(b!);
		expect([...ws.hidden]).toEqual([a]);
		ws.toggle(a!);
		expect([...ws.hidden]).toEqual([]);
	});

	it('lets a second addition replace a running one without losing the first article', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		ws.add([{ name: 'one.txt', text: 'one' }]);
		ws.add([{ name: 'two.txt', text: 'two' }]);
		expect(w.runs[0]!.cancelled).toBe(true);
		expect(w.runs[1]!.inputs.slice(-2).map((i) => i.id)).toEqual(['one', 'two']);
	});
});

describe('Workspace filters', () => {
	it('lets go of a selected event that hiding its document removes, keeping the range', async () => {
		const ws = await loaded(fakeWorker().start);
		const [a, b] = seed.documents.map((d) => d.id);
		const onlyB = seed.events.find((e) => e.sources.every((s) => s.document === b))!;
		const inA = seed.events.find((e) => e.sources.some((s) => s.document === a))!;
		history.replaceState(null, '', `/?event=${inA.id}&from=1950-01-01&to=1956-01-01`);
		ws.toggle(b!);
		expect(location.search).toBe(`?event=${inA.id}&from=1950-01-01&to=1956-01-01`);
		ws.toggle(b!);
		history.replaceState(null, '', `/?event=${onlyB.id}&from=1950-01-01&to=1956-01-01`);
		ws.toggle(b!);
		expect(location.search).toBe('?from=1950-01-01&to=1956-01-01');
	});
});

describe('Workspace with a timeline opened from a file', () => {
	it('extracts only the added article and appends it, keeping every event of the file', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		ws.open(seed);
		expect(ws.fromFile).toBe(true);
		const done = ws.add([{ name: 'museum.txt', text: 'Museum\nIt opened in 1999.' }]);
		expect(w.runs[0]!.inputs.map((i) => i.id)).toEqual(['museum']);
		w.runs[0]!.finish({ ok: true, timeline: extracted(['museum']), warnings: [] });
		expect(await done).toBe(true);
		expect(ws.timeline!.events.map((e) => e.id)).toEqual([
			...seed.events.map((e) => e.id),
			'new-event',
		]);
		expect(ws.timeline!.documents.map((d) => d.id)).toEqual([
			...seed.documents.map((d) => d.id),
			'museum',
		]);
	});

	it('does not re-extract a document of the file to correct its date', async () => {
		const w = fakeWorker();
		const ws = await loaded(w.start);
		ws.open(seed);
		expect(await ws.setDate(seed.documents[0]!.id, '2000-01-01')).toBe(false);
		expect(w.runs).toHaveLength(0);
		expect(ws.status).toMatch(/as the file gives them/);
	});

	it('forgets the file when the server timeline is loaded again', async () => {
		const ws = await loaded(fakeWorker().start);
		ws.open(seed);
		await ws.load('./timeline.json', async () => new Response(JSON.stringify(seed)));
		expect(ws.fromFile).toBe(false);
	});
});
