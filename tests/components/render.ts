import { render } from '@testing-library/svelte';
import Dateline from '../../src/components/Dateline.svelte';
import type { Timeline } from '../../src/timeline.ts';
import { seedLikeFile as seedLike } from '../fixtures/app/seedLikeFile.ts';

// jsdom has no ResizeObserver (bind:clientWidth needs one); the plot then keeps its default width.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

export { seedLike };

/** Renders a loaded timeline at `search`, starting from a clean history entry. */
export function renderAt(timeline: Timeline, search = '') {
	history.replaceState(null, '', `/${search}`);
	return render(Dateline, { props: { timeline } });
}

/** The visible range readout's ISO bounds. */
export function readout(container: HTMLElement): { from: string; to: string } {
	const el = container.querySelector('[data-testid="visible-range"]')!;
	return { from: el.getAttribute('data-from') ?? '', to: el.getAttribute('data-to') ?? '' };
}

/** An event's marker on the timeline. */
export function marker(container: HTMLElement, id: string): SVGGElement {
	const el = container.querySelector<SVGGElement>(
		`[data-testid="timeline"] [data-event-id="${id}"]`,
	);
	if (!el) throw new Error(`no marker for ${id}`);
	return el;
}
