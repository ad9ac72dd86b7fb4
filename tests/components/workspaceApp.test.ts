import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/components/App.svelte';
import type { ArticleInput as ExtractionInput } from '../../src/extract/pipeline.ts';
import type { ExtractionOutcome } from '../../src/ingest/extractClient.ts';
import type { Timeline } from '../../src/timeline.ts';
import { seedLike } from './render.ts';

function fakeWorker() {
	const runs: {
		inputs: ExtractionInput[];
		progress?: (f: number) => void;
		finish: (o: ExtractionOutcome) => void;
	}[] = [];
	const startExtraction = vi.fn((inputs: ExtractionInput[], progress?: (f: number) => void) => {
		let finish!: (o: ExtractionOutcome) => void;
		const result = new Promise<ExtractionOutcome>((r) => (finish = r));
		runs.push({ inputs, progress, finish });
		return { result, cancel: () => finish({ ok: false, cancelled: true, message: 'cancelled' }) };
	});
	return { runs, startExtraction };
}

/** The seed-like timeline with only its first document's events: what "extracting" gives here. */
const firstOnly: Timeline = {
	...seedLike,
	events: seedLike.events.filter((e) =>
		e.sources.every((s) => s.document === seedLike.documents[0]!.id),
	),
};

// Each test mounts the whole app; on a shared, busy machine that alone can take seconds.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
	history.replaceState(null, '', '/');
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(JSON.stringify(seedLike))),
	);
});
afterEach(() => vi.unstubAllGlobals());

const listIds = () =>
	[...document.querySelectorAll('[data-list-event-id]')].map((b) =>
		b.getAttribute('data-list-event-id'),
	);

describe('the app with a workspace', () => {
	it('shows a progress bar and a Cancel button while the worker runs; cancelling keeps the timeline', async () => {
		const w = fakeWorker();
		render(App, { props: { startExtraction: w.startExtraction } });
		await screen.findByTestId('timeline-plot');
		const before = listIds();
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Add article' }));
		await user.click(screen.getByLabelText('Article text'));
		await user.paste('Floods\nIt rained in 1999.');
		await user.click(screen.getByRole('button', { name: 'Add to timeline' }));
		w.runs[0]!.progress!(0.5);
		const bar = await screen.findByRole('progressbar');
		expect(bar).toHaveAttribute('value', '0.5');
		expect(screen.getByText(/Reading the articles… 50%/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(await screen.findByText(/Extraction cancelled/)).toBeInTheDocument();
		expect(screen.queryByRole('progressbar')).toBeNull();
		expect(listIds()).toEqual(before);
	});

	it('replaces the timeline with the extracted one when the worker is done', async () => {
		const w = fakeWorker();
		render(App, { props: { startExtraction: w.startExtraction } });
		await screen.findByTestId('timeline-plot');
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Add article' }));
		await user.click(screen.getByLabelText('Article text'));
		await user.paste('Floods\nIt rained in 1999.');
		await user.click(screen.getByRole('button', { name: 'Add to timeline' }));
		expect(w.runs[0]!.inputs).toHaveLength(seedLike.documents.length + 1);
		w.runs[0]!.finish({ ok: true, timeline: firstOnly, warnings: [] });
		expect(firstOnly.events.length).toBeLessThan(seedLike.events.length);
		await vi.waitFor(() =>
			expect(listIds().sort()).toEqual(firstOnly.events.map((e) => e.id).sort()),
		);
	});

	it('hides and shows a document’s events from the legend', async () => {
		render(App, { props: { startExtraction: fakeWorker().startExtraction } });
		await screen.findByTestId('timeline-plot');
		const all = listIds();
		const legend = screen.getByRole('list', { name: 'Articles in this timeline' });
		const second = within(legend).getAllByRole('button', { pressed: true })[1]!;
		await userEvent.click(second);
		expect(second).toHaveAttribute('aria-pressed', 'false');
		await vi.waitFor(() => expect(listIds().length).toBeLessThan(all.length));
		await userEvent.click(second);
		await vi.waitFor(() => expect(listIds()).toEqual(all));
	});

	it('falls back to the server timeline with a notice when #share= does not decode', async () => {
		history.replaceState(null, '', '/#share=garbage');
		const decodeShare = vi.fn(async () => ({ ok: false as const, message: 'the link is damaged' }));
		render(App, { props: { startExtraction: fakeWorker().startExtraction, decodeShare } });
		expect(await screen.findByTestId('notice')).toHaveTextContent('the link is damaged');
		expect(decodeShare).toHaveBeenCalledWith('garbage');
		expect(listIds()).toHaveLength(seedLike.events.length);
		expect(location.hash).toBe('');
	});

	it('opens a #share= link by extracting its articles with their dates, keeping the fragment', async () => {
		history.replaceState(null, '', '/#share=abc');
		const w = fakeWorker();
		const decodeShare = async () => ({
			ok: true as const,
			payload: {
				v: 1 as const,
				articles: [{ name: 'museum.txt', text: 'Museum', dct: '2024-04-10' }],
				event: firstOnly.events[0]!.id,
			},
		});
		render(App, { props: { startExtraction: w.startExtraction, decodeShare } });
		await vi.waitFor(() => expect(w.runs).toHaveLength(1));
		expect(w.runs[0]!.inputs).toEqual([
			{ id: 'museum', path: 'museum.txt', text: 'Museum', dct: '2024-04-10' },
		]);
		expect(screen.getByRole('progressbar')).toBeInTheDocument();
		w.runs[0]!.finish({ ok: true, timeline: firstOnly, warnings: [] });
		expect(await screen.findByTestId('detail-panel')).toBeInTheDocument();
		expect(location.hash).toBe('#share=abc');
		expect(new URLSearchParams(location.search).get('event')).toBe(firstOnly.events[0]!.id);
	});
});

/** A drop event as the browser sends it for files (jsdom has no DataTransfer). */
function dropFiles(files: File[]) {
	const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
	for (const type of ['dragenter', 'drop'])
		window.dispatchEvent(
			Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer }),
		);
}

describe('dropping files on the page', () => {
	it('adds the readable articles and says which files were refused', async () => {
		const w = fakeWorker();
		const readFile = async (f: File) =>
			f.name.endsWith('.txt')
				? { ok: true as const, name: f.name, text: await f.text() }
				: { ok: false as const, name: f.name, message: `${f.name} is not a text file.` };
		render(App, { props: { startExtraction: w.startExtraction, readFile } });
		await screen.findByTestId('timeline-plot');
		dropFiles([new File(['Floods\nIn 1999.'], 'floods.txt'), new File(['x'], 'photo.png')]);
		expect(await screen.findByText('photo.png is not a text file.')).toBeInTheDocument();
		await vi.waitFor(() => expect(w.runs).toHaveLength(1));
		expect(w.runs[0]!.inputs.at(-1)).toMatchObject({ id: 'floods', text: 'Floods\nIn 1999.' });
	});

	it('opens a dropped timeline file instead of extracting it', async () => {
		const w = fakeWorker();
		render(App, { props: { startExtraction: w.startExtraction } });
		await screen.findByTestId('timeline-plot');
		dropFiles([new File([JSON.stringify(firstOnly)], 'saved.json')]);
		await vi.waitFor(() => expect(listIds()).toHaveLength(firstOnly.events.length));
		expect(w.runs).toHaveLength(0);
	});
});

describe('opening a share link that cannot be extracted', () => {
	it('falls back to the server timeline when the reader cancels, and says so', async () => {
		history.replaceState(null, '', '/#share=abc');
		const w = fakeWorker();
		const decodeShare = async () => ({
			ok: true as const,
			payload: { v: 1 as const, articles: [{ name: 'big.txt', text: 'Big' }] },
		});
		render(App, { props: { startExtraction: w.startExtraction, decodeShare } });
		await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
		expect(await screen.findByTestId('notice')).toHaveTextContent(
			'This link’s articles could not be opened (opening was cancelled)',
		);
		expect(listIds()).toHaveLength(seedLike.events.length);
		expect(screen.queryByText(/Extraction cancelled/)).toBeNull();
	});
});
