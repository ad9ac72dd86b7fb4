import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { marker, readout, renderAt, seedLike } from './render.ts';
import { event, timeline } from '../fixtures/app/buildTimeline.ts';

describe('the timeline', () => {
	it('draws every event of a fitted view as a marker named by title and date', () => {
		const { container } = renderAt(seedLike);
		const plot = screen.getByTestId('timeline');
		expect(
			within(plot).getByRole('button', { name: 'Korean War ends, 27 Jul 1953' }),
		).toHaveAttribute('data-event-id', 'july-27-1953-war');
		expect(
			within(plot).getByRole('button', { name: 'Korean War begins, June 1950' }),
		).toBeInTheDocument();
		expect(
			within(plot).getByRole('button', {
				name: /^War against Ukraine, on or before 14 Mar 2022 – 27 Jul 2023$/,
			}),
		).toBeInTheDocument();
		expect(container.querySelectorAll('[data-testid="timeline"] [data-event-id]')).toHaveLength(
			seedLike.events.length,
		);
	});

	it('gives exactly one marker the tab stop', () => {
		const { container } = renderAt(seedLike);
		expect(container.querySelectorAll('[data-event-id][tabindex="0"]')).toHaveLength(1);
	});

	it('draws eras as bands and fades an open-ended span with a gradient', () => {
		const { container } = renderAt(seedLike);
		expect(container.querySelector('[data-era-id="korean-war"] rect')).not.toBeNull();
		expect(container.querySelector('[data-era-id="war-in-ukraine"] rect')).not.toBeNull();
		const fade = marker(container, 'war-against-ukraine-500-days').querySelector('.fade');
		expect(fade?.getAttribute('fill')).toMatch(/^url\(#fade-\w+-in\)$/);
		expect(
			container.querySelector(`linearGradient${fade?.getAttribute('fill')?.slice(4, -1)}`),
		).not.toBeNull();
	});

	it('labels the axis in two tiers', () => {
		renderAt(seedLike);
		expect(screen.getByTestId('axis-minor').querySelectorAll('text').length).toBeGreaterThan(3);
		expect(screen.getByTestId('axis-major').textContent).toMatch(/1950s/);
	});

	it('collapses a crowd of same-day events into a count that zooms in when clicked', async () => {
		const src = seedLike.events[0]!.sources;
		const crowd = Array.from({ length: 30 }, (_, i) =>
			event({
				id: `e${i}`,
				title: `Crowded event ${i}`,
				start: `2001-0${1 + (i % 3)}-0${1 + (i % 9)}`,
				sources: src,
			}),
		);
		const edge = event({ id: 'edge', title: 'Far away', start: '1990-01-01', sources: src });
		const { container } = renderAt(timeline(seedLike.documents, [...crowd, edge]));
		const cluster = container.querySelector('[data-cluster]');
		expect(cluster).not.toBeNull();
		expect(cluster!.getAttribute('aria-label')).toMatch(/^\d+ events from .+, expand$/);
		const before = readout(container);
		await fireEvent.click(cluster!);
		const after = readout(container);
		expect(Date.parse(after.to) - Date.parse(after.from)).toBeLessThan(
			Date.parse(before.to) - Date.parse(before.from),
		);
	});
});
