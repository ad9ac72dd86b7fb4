import '@testing-library/jest-dom/vitest';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ArticleInput from '../../src/components/ArticleInput.svelte';

function setup(busy = false) {
	const props = { busy, onpaste: vi.fn(), onfiles: vi.fn(), onclose: vi.fn() };
	render(ArticleInput, { props });
	return props;
}

describe('ArticleInput', () => {
	it('puts the focus in the text box when it opens', () => {
		setup();
		expect(screen.getByLabelText('Article text')).toHaveFocus();
	});

	it('adds the pasted text, named after its first line, and empties the box', async () => {
		const p = setup();
		const user = userEvent.setup();
		await user.type(screen.getByLabelText('Article text'), 'Floods hit{Enter}It rained on Monday.');
		await user.click(screen.getByRole('button', { name: 'Add to timeline' }));
		expect(p.onpaste).toHaveBeenCalledWith({
			name: 'Floods hit.txt',
			text: 'Floods hit\nIt rained on Monday.',
		});
		expect(screen.getByLabelText('Article text')).toHaveValue('');
	});

	it('cannot add blank text, nor anything while an extraction runs', async () => {
		setup();
		expect(screen.getByRole('button', { name: 'Add to timeline' })).toBeDisabled();
		document.body.innerHTML = '';
		setup(true);
		await userEvent.type(screen.getByLabelText('Article text'), 'Some text');
		expect(screen.getByRole('button', { name: 'Add to timeline' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Choose files…' })).toBeDisabled();
	});

	it('hands every chosen file over', async () => {
		const p = setup();
		const files = [new File(['a'], 'a.txt'), new File(['<p>b</p>'], 'b.html')];
		await userEvent.upload(screen.getByLabelText('Article files'), files);
		expect(p.onfiles).toHaveBeenCalledWith(files);
	});

	it('closes on Escape', async () => {
		const p = setup();
		await userEvent.keyboard('{Escape}');
		expect(p.onclose).toHaveBeenCalled();
	});
});
