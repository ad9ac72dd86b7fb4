import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { marker, readout, renderAt, seedLike } from './render.ts';

const focusedId = () => document.activeElement?.getAttribute('data-event-id');
const span = (r: { from: string; to: string }) => Date.parse(r.to) - Date.parse(r.from);

describe('keyboard on the timeline', () => {
	it('moves focus between events in date order with the arrow keys, Home and End', async () => {
		const { container } = renderAt(seedLike);
		const user = userEvent.setup();
		marker(container, 'armistice-talks-1951').focus();
		await user.keyboard('{ArrowRight}');
		expect(focusedId()).toBe('july-27-1953-war');
		await user.keyboard('{ArrowDown}');
		expect(focusedId()).toBe('armistice-signed-1953-07-27');
		await user.keyboard('{ArrowUp}');
		await user.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(focusedId()).toBe('korean-war-begins-1950-06');
		await user.keyboard('{Home}');
		expect(focusedId()).toBe('korean-war-begins-1950-06');
		await user.keyboard('{End}');
		expect(focusedId()).toBe('victory-day-70th-anniversary');
		expect(container.querySelectorAll('[data-event-id][tabindex="0"]')).toHaveLength(1);
		expect(document.activeElement).toHaveAttribute('tabindex', '0');
	});

	it('selects with Enter, closes with Escape and gives focus back to the marker', async () => {
		const { container } = renderAt(seedLike);
		const user = userEvent.setup();
		marker(container, 'july-27-1953-war').focus();
		await user.keyboard('{Enter}');
		expect(screen.getByTestId('detail-panel')).toBeInTheDocument();
		screen.getByRole('button', { name: 'Close details' }).focus();
		await user.keyboard('{Escape}');
		expect(screen.queryByTestId('detail-panel')).toBeNull();
		expect(focusedId()).toBe('july-27-1953-war');
	});

	it('zooms in with +, out with - and fits all with 0', async () => {
		const { container } = renderAt(seedLike);
		const user = userEvent.setup();
		const full = readout(container);
		marker(container, 'july-27-1953-war').focus();
		await user.keyboard('+');
		expect(span(readout(container))).toBeLessThan(span(full) * 0.6);
		await user.keyboard('-');
		await user.keyboard('-');
		expect(span(readout(container))).toBeGreaterThan(span(full));
		await user.keyboard('0');
		expect(readout(container)).toEqual(full);
	});

	it('steps to the next and previous era with ] and [', async () => {
		const { container } = renderAt(seedLike);
		const user = userEvent.setup();
		marker(container, 'july-27-1953-war').focus();
		await user.keyboard(']');
		const korea = readout(container);
		expect(korea.from < '1950-06-25' && korea.to > '1953-07-27' && korea.to < '1954').toBe(true);
		await user.keyboard(']');
		expect(
			readout(container).from.startsWith('2022') || readout(container).from.startsWith('2021'),
		).toBe(true);
		await user.keyboard('[[');
		expect(readout(container)).toEqual(korea);
	});
});

describe('toolbar and era chips', () => {
	it('jumps to an era from its chip', async () => {
		const { container } = renderAt(seedLike);
		await userEvent.click(
			screen.getByRole('navigation', { name: 'Eras' }).querySelector('button')!,
		);
		const r = readout(container);
		expect(r.from < '1950-06-25' && r.to > '1953-07-27' && r.to < '1954').toBe(true);
		expect(screen.getByRole('button', { name: 'Korean War' })).toHaveAttribute(
			'aria-current',
			'true',
		);
	});

	it('copies the link and says so', async () => {
		renderAt(seedLike, '?event=july-27-1953-war');
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(await navigator.clipboard.readText()).toBe(location.href);
		expect(screen.getByText('Link copied')).toHaveAttribute('role', 'status');
	});

	it('says so when the clipboard is refused', async () => {
		renderAt(seedLike);
		const user = userEvent.setup();
		navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(await screen.findByRole('status', { name: '' })).toBeDefined();
		expect(document.body.textContent).toContain('Could not copy');
	});
});
