import '@testing-library/jest-dom/vitest';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DocumentLegend from '../../src/components/DocumentLegend.svelte';
import { doc, source, undatedEvent } from '../fixtures/app/buildTimeline.ts';

const a = doc('a', 'Floods hit the valley', 'Floods hit the valley. It rained.', '2024-03-06');
const b = doc('b', 'Museum opens', 'Museum opens. On Monday.', '2023-07-27');
b.creationDate = {
	value: '2023-07-27',
	inferred: true,
	evidence: '70th anniversary of 1953-07-27',
};

function setup(hidden: string[] = [], busy = false) {
	const props = {
		documents: [a, b],
		hidden: new Set(hidden),
		busy,
		ontoggle: vi.fn(),
		ondate: vi.fn(),
	};
	render(DocumentLegend, { props });
	return props;
}

const item = (title: string) =>
	screen.getAllByRole('listitem').find((li) => li.textContent?.includes(title))!;

describe('DocumentLegend', () => {
	it('lists every document with its colour and its article date and evidence', () => {
		setup();
		expect(screen.getAllByRole('listitem')).toHaveLength(2);
		expect(within(item('Museum opens')).getByTestId('article-date')).toHaveTextContent(
			'27 Jul 2023 · inferred from 70th anniversary of 1953-07-27',
		);
		const swatches = [...document.querySelectorAll('li')].map((li) =>
			li.style.getPropertyValue('--doc'),
		);
		expect(swatches).toEqual(['var(--doc-0)', 'var(--doc-1)']);
	});

	it('toggles a document with a pressed button', async () => {
		const p = setup(['b']);
		const museum = within(item('Museum opens')).getByRole('button', { name: /Museum opens/ });
		expect(museum).toHaveAttribute('aria-pressed', 'false');
		expect(within(item('Floods')).getByRole('button', { name: /Floods/ })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		await userEvent.click(museum);
		expect(p.ontoggle).toHaveBeenCalledWith('b');
	});

	it('does not let the last visible document be hidden', () => {
		setup(['b']);
		expect(within(item('Floods')).getByRole('button', { name: /Floods/ })).toBeDisabled();
	});

	it('sends a corrected date for that document', async () => {
		const p = setup();
		const box = within(item('Museum opens')).getByLabelText(/Article date of/);
		await userEvent.clear(box);
		await userEvent.type(box, '2024-04-10');
		await userEvent.click(within(item('Museum opens')).getByRole('button', { name: 'Set date' }));
		expect(p.ondate).toHaveBeenCalledWith('b', '2024-04-10');
	});

	it('does not re-extract when the date is unchanged', async () => {
		const p = setup();
		await userEvent.click(within(item('Museum opens')).getByRole('button', { name: 'Set date' }));
		expect(p.ondate).not.toHaveBeenCalled();
	});

	it('folds a long list of articles to three behind a disclosure button', async () => {
		const many = Array.from({ length: 5 }, (_, n) =>
			doc(`d${n}`, `Dispatch ${n}`, `Dispatch ${n}. It rained.`, '2024-03-06'),
		);
		render(DocumentLegend, {
			props: {
				documents: many,
				hidden: new Set<string>(),
				busy: false,
				ontoggle: vi.fn(),
				ondate: vi.fn(),
			},
		});
		expect(screen.getAllByRole('listitem')).toHaveLength(3);
		const more = screen.getByRole('button', { name: 'Show all 5 articles' });
		expect(more).toHaveAttribute('aria-expanded', 'false');
		await userEvent.click(more);
		expect(screen.getAllByRole('listitem')).toHaveLength(5);
		expect(screen.getByRole('button', { name: 'Show fewer articles' })).toHaveAttribute(
			'aria-expanded',
			'true',
		);
	});

	it('shows no disclosure button for three articles or fewer', () => {
		setup();
		expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
	});
});

describe('DocumentLegend with an article of unknown date', () => {
	const pool = doc('pool', 'Pool reopens', 'The pool reopened today. It was full on Monday.', null);
	const waiting = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			undatedEvent({
				id: `w-${i}`,
				title: 'The pool reopened',
				sources: [source(pool, 'The pool reopened today.', 'today')],
			}),
		);

	it.each<[number, string]>([
		[0, 'date unknown'],
		[1, 'date unknown · 1 event waits for it'],
		[2, 'date unknown · 2 events wait for it'],
	])('says the date is unknown and counts %i waiting events', (n, text) => {
		render(DocumentLegend, {
			props: {
				documents: [a, pool],
				undated: waiting(n),
				hidden: new Set<string>(),
				busy: false,
				ontoggle: vi.fn(),
				ondate: vi.fn(),
			},
		});
		expect(within(item('Pool reopens')).getByTestId('article-date')).toHaveTextContent(text);
	});

	it('leaves the date field empty rather than showing a made-up date', () => {
		render(DocumentLegend, {
			props: {
				documents: [pool],
				hidden: new Set<string>(),
				busy: false,
				ontoggle: vi.fn(),
				ondate: vi.fn(),
			},
		});
		expect(screen.getByLabelText(/Article date of/)).toHaveValue('');
	});
});
