import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/timeline.ts';
import { marker, renderAt, seedLike } from './render.ts';

/** The seed-like timeline where the 1953 armistice is also stated by the first document. */
const shared: Timeline = {
	...seedLike,
	events: seedLike.events.map((e) =>
		e.id === 'armistice-signed-1953-07-27'
			? {
					...e,
					sources: [
						...e.sources,
						{ ...seedLike.events.find((x) => x.id === 'july-27-1953-war')!.sources[0]! },
					],
				}
			: e,
	),
};

describe('document colours on the timeline and the list', () => {
	it('colours each marker after the document that states it', () => {
		const { container } = renderAt(seedLike);
		expect(marker(container, 'july-27-1953-war').style.getPropertyValue('--event')).toBe(
			'var(--doc-0)',
		);
		expect(marker(container, 'armistice-talks-1951').style.getPropertyValue('--event')).toBe(
			'var(--doc-1)',
		);
	});

	it('rings an event stated by two documents in the second one’s colour, and lists both', () => {
		const { container } = renderAt(shared);
		const ring = marker(container, 'armistice-signed-1953-07-27').querySelector('.ring');
		expect(ring).not.toBeNull();
		expect((ring as SVGElement).style.stroke).toBe('var(--doc-0)');
		expect(marker(container, 'armistice-talks-1951').querySelector('.ring')).toBeNull();
		const row = container
			.querySelector('[data-list-event-id="armistice-signed-1953-07-27"]')!
			.closest('tr')!;
		expect(row.querySelectorAll('.swatch')).toHaveLength(2);
	});

	it('leaves a one-document timeline in the accent colour', () => {
		const one: Timeline = {
			...seedLike,
			documents: [seedLike.documents[0]!],
			events: seedLike.events.filter((e) =>
				e.sources.every((s) => s.document === seedLike.documents[0]!.id),
			),
		};
		const { container } = renderAt(one);
		expect(marker(container, 'july-27-1953-war').style.getPropertyValue('--event')).toBe('');
		expect(container.querySelectorAll('.swatch')).toHaveLength(0);
	});
});
