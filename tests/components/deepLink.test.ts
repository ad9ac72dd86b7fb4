import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { marker, readout, renderAt, seedLike } from './render.ts';

const fitted = () => {
	const { container } = renderAt(seedLike);
	const r = readout(container);
	document.body.innerHTML = '';
	return r;
};

describe('deep links', () => {
	it('restores the range and the selection from the URL, with the panel open', () => {
		const { container } = renderAt(
			seedLike,
			'?event=july-27-1953-war&from=1950-01-01&to=1956-01-01',
		);
		expect(readout(container)).toEqual({ from: '1950-01-01', to: '1956-01-01' });
		expect(marker(container, 'july-27-1953-war')).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByTestId('detail-panel')).toHaveTextContent('Korean War ends');
		expect(screen.queryByTestId('notice')).toBeNull();
	});

	it.each([
		['an unknown event', '?event=xyz', 'No event “xyz” in this timeline — showing everything.'],
		['a malformed date', '?from=1953-02-30&to=1954-01-01', '“1953-02-30” is not a date'],
		['a reversed range', '?from=2023-01-01&to=2022-01-01', 'ends before it starts'],
	])('falls back to the full view with a notice for %s', (_, search, text) => {
		const full = fitted();
		const { container } = renderAt(seedLike, search);
		expect(screen.getByTestId('notice')).toHaveTextContent(text);
		expect(screen.getByTestId('notice')).toHaveAttribute('role', 'status');
		expect(readout(container)).toEqual(full);
		expect(screen.getByTestId('timeline-plot')).toBeInTheDocument();
	});

	it('pushes a history entry when an event is selected', async () => {
		const { container } = renderAt(seedLike);
		const before = history.length;
		await fireEvent.click(marker(container, 'july-27-1953-war'));
		await tick();
		expect(history.length).toBe(before + 1);
		expect(new URLSearchParams(location.search).get('event')).toBe('july-27-1953-war');
	});

	it('restores the selection and range on popstate', async () => {
		const { container } = renderAt(seedLike);
		await fireEvent.click(marker(container, 'july-27-1953-war'));
		await tick();
		history.replaceState(
			null,
			'',
			'/?event=victory-day-70th-anniversary&from=2018-01-01&to=2024-01-01',
		);
		dispatchEvent(new PopStateEvent('popstate'));
		await tick();
		expect(readout(container)).toEqual({ from: '2018-01-01', to: '2024-01-01' });
		expect(marker(container, 'victory-day-70th-anniversary')).toHaveAttribute(
			'aria-pressed',
			'true',
		);
	});

	it('replaces, rather than pushes, the URL while the view changes', async () => {
		const { container } = renderAt(seedLike);
		const before = history.length;
		await fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
		await new Promise((r) => setTimeout(r, 400));
		const q = new URLSearchParams(location.search);
		expect([q.get('from'), q.get('to')]).toEqual([readout(container).from, readout(container).to]);
		expect(history.length).toBe(before);
	});
});
