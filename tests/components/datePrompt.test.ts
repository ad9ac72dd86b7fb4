import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DatePrompt from '../../src/components/DatePrompt.svelte';
import { doc } from '../fixtures/app/buildTimeline.ts';

const pool = doc('pool', 'Pool reopens', 'The pool reopened today. It was full on Monday.', null);

function setup(busy = false, waiting = 2) {
	const onconfirm = vi.fn();
	render(DatePrompt, { props: { document: pool, waiting, busy, onconfirm } });
	return onconfirm;
}

describe('DatePrompt', () => {
	// A fixed clock: the prompt offers the reader's today, so the test pins what today is.
	beforeEach(() => vi.useFakeTimers({ now: new Date(2024, 5, 3, 9, 30), toFake: ['Date'] }));
	afterEach(() => vi.useRealTimers());

	it('asks for the date of the article by its headline, with today filled in', () => {
		setup();
		expect(screen.getByRole('region', { name: 'When was “Pool reopens” written?' })).toBeVisible();
		expect(screen.getByLabelText('Article date')).toHaveValue('2024-06-03');
		expect(screen.getByLabelText('Article date')).toHaveAccessibleDescription(
			/2 events that count from it .* are not on the timeline yet/,
		);
	});

	it('gives the date it was given when confirmed from the keyboard', async () => {
		const onconfirm = setup();
		const user = userEvent.setup();
		const field = screen.getByLabelText('Article date');
		await user.clear(field);
		await user.type(field, '2024-05-28');
		await user.keyboard('{Enter}');
		expect(onconfirm).toHaveBeenCalledWith('pool', '2024-05-28');
	});

	it('confirms today with one press of its button', async () => {
		const onconfirm = setup();
		await userEvent.click(screen.getByRole('button', { name: 'Place 2 events' }));
		expect(onconfirm).toHaveBeenCalledWith('pool', '2024-06-03');
	});

	it('goes away when put off, without giving a date', async () => {
		const onconfirm = setup();
		await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
		expect(screen.queryByRole('region')).toBeNull();
		expect(onconfirm).not.toHaveBeenCalled();
	});

	it('cannot be confirmed while an extraction runs', () => {
		setup(true);
		expect(screen.getByRole('button', { name: 'Place 2 events' })).toBeDisabled();
	});

	it('speaks of one event in the singular', () => {
		setup(false, 1);
		expect(screen.getByRole('button', { name: 'Place 1 event' })).toBeEnabled();
	});
});
