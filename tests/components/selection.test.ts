import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { marker, renderAt, seedLike } from './render.ts';
import { hostile, hostileText } from '../fixtures/app/hostile.ts';

describe('selecting an event', () => {
	it('opens the panel with the date, the phrase as written and the source sentence marked', async () => {
		const { container } = renderAt(seedLike);
		await fireEvent.click(marker(container, 'july-27-1953-war'));
		const panel = screen.getByTestId('detail-panel');
		expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Korean War ends');
		expect(panel).toHaveTextContent('27 Jul 1953');
		expect(panel).toHaveTextContent('1953-07-27');
		expect(within(panel).getByTestId('date-phrase')).toHaveTextContent('“July 27, 1953”');
		expect(panel).toHaveTextContent('95%');
		const sentence = within(panel).getByTestId('source-sentence');
		expect(sentence.tagName).toBe('MARK');
		expect(sentence.textContent).toMatch(/^Russia and China's visit to the July 27, 1953 war/);
		expect(within(sentence).getByTestId('source-phrase')).toHaveTextContent('July 27, 1953');
	});

	it('renders article text, titles and phrases as text, never as HTML', async () => {
		const { container } = renderAt(hostile);
		await fireEvent.click(marker(container, 'council-meets'));
		const article = screen.getByTestId('article-text');
		expect(article.textContent).toBe(`${hostile.documents[0]!.title}\n${hostileText}`);
		expect(article.querySelector('script, img, b')).toBeNull();
		expect(screen.getByTestId('source-sentence').textContent).toContain(
			'<img src=x onerror="window.__pwned = true">',
		);
		expect(
			within(screen.getByTestId('detail-panel')).getByRole('heading', { level: 2 }),
		).toHaveTextContent('Council <em>meets</em>');
		expect(container.querySelector('em, [onerror]')).toBeNull();
		expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
	});

	it('keeps the list and the timeline in sync both ways', async () => {
		const { container } = renderAt(seedLike);
		const list = screen.getByRole('region', { name: 'Event list' });
		await userEvent.click(within(list).getByRole('button', { name: 'Russia invades Ukraine' }));
		expect(marker(container, 'invasion-of-ukraine-2022-02-24')).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		expect(screen.getByTestId('detail-panel')).toHaveTextContent('Russia invades Ukraine');
		await fireEvent.click(marker(container, 'war-against-ukraine-500-days'));
		expect(
			container.querySelector('[data-list-event-id="war-against-ukraine-500-days"]'),
		).toHaveAttribute('aria-pressed', 'true');
		expect(
			container.querySelector('[data-list-event-id="invasion-of-ukraine-2022-02-24"]'),
		).toHaveAttribute('aria-pressed', 'false');
	});

	it('closes with the Close details button', async () => {
		const { container } = renderAt(seedLike);
		await fireEvent.click(marker(container, 'july-27-1953-war'));
		await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
		expect(screen.queryByTestId('detail-panel')).toBeNull();
		expect(marker(container, 'july-27-1953-war')).toHaveAttribute('aria-pressed', 'false');
	});

	it('marks a date phrase that lies outside its sentence separately', async () => {
		const t = structuredClone(hostile);
		const s = t.events[0]!.sources[0]!;
		s.phraseStart = 0;
		s.phraseEnd = 7;
		const { container } = renderAt(t);
		await fireEvent.click(marker(container, 'council-meets'));
		const phrase = screen.getByTestId('source-phrase');
		expect(phrase.tagName).toBe('MARK');
		expect(phrase).toHaveTextContent('Council');
		expect(screen.getByTestId('source-sentence')).not.toContainElement(phrase);
	});
});
