import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dateline from '../../src/components/Dateline.svelte';
import type { ShareTools } from '../../src/app/context.ts';
import { seedLike } from './render.ts';

function renderWith(share: ShareTools) {
	history.replaceState(null, '', '/?from=1950-01-01&to=1956-01-01');
	return render(Dateline, { props: { timeline: seedLike, share } });
}

afterEach(() => vi.unstubAllGlobals());

describe('Copy link with articles of the reader’s own', () => {
	it('copies the link that carries the articles', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		renderWith({
			needed: () => true,
			link: async () => ({ ok: true, href: 'https://x.test/?from=1950-01-01#share=abc' }),
			downloadJson: vi.fn(),
		});
		await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(writeText).toHaveBeenCalledWith('https://x.test/?from=1950-01-01#share=abc');
		expect(await screen.findByText('Link copied')).toBeInTheDocument();
	});

	it('says why there is no link when the articles are too long, and offers the JSON instead', async () => {
		const downloadJson = vi.fn();
		renderWith({
			needed: () => true,
			link: async () => ({ ok: false, message: 'These articles are too long for a link.' }),
			downloadJson,
		});
		await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(await screen.findByText('These articles are too long for a link.')).toHaveAttribute(
			'role',
			'status',
		);
		await userEvent.click(screen.getByRole('button', { name: 'Download timeline JSON' }));
		expect(downloadJson).toHaveBeenCalledOnce();
	});

	it('copies the plain address when the server has every article', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		const link = vi.fn();
		renderWith({ needed: () => false, link, downloadJson: vi.fn() });
		await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(link).not.toHaveBeenCalled();
		expect(writeText).toHaveBeenCalledWith(location.href);
	});
});
