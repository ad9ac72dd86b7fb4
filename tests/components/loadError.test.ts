import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from '../../src/components/App.svelte';
import { seedLike } from './render.ts';

function serve(body: string, status = 200) {
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(body, { status })),
	);
}

afterEach(() => vi.unstubAllGlobals());

describe('loading timeline.json', () => {
	it('shows the timeline and titles the page after the first headline', async () => {
		serve(JSON.stringify(seedLike));
		render(App);
		expect(await screen.findByTestId('timeline-plot')).toBeInTheDocument();
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
			seedLike.documents[0]!.title,
		);
		expect(document.title).toBe(`${seedLike.documents[0]!.title} — Dateline`);
	});

	it('lists the validation problems of an invalid file', async () => {
		const broken = structuredClone(seedLike) as unknown as { events: { start: string }[] };
		broken.events[0]!.start = 'June 1950';
		serve(JSON.stringify(broken));
		render(App);
		const panel = await screen.findByTestId('load-error');
		expect(panel).toHaveAttribute('role', 'alert');
		expect(panel).toHaveTextContent('not valid');
		expect(panel).toHaveTextContent('events.0.start: must be an ISO date');
	});

	it('says the file is not JSON', async () => {
		serve('{ nope');
		render(App);
		expect(await screen.findByTestId('load-error')).toHaveTextContent('not valid JSON');
	});

	it('says the file is missing', async () => {
		serve('Not found', 404);
		render(App);
		expect(await screen.findByTestId('load-error')).toHaveTextContent('HTTP 404');
	});
});
