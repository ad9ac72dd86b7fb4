import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FileMenu from '../../src/components/FileMenu.svelte';
import { toTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { seedLike } from './render.ts';

const LABELS = [
	'Dateline JSON',
	'TimelineJS3 JSON',
	'CSV',
	'iCalendar (.ics)',
	'TimeML',
	'SVG image',
	'PNG image',
];

function setup() {
	const onopen = vi.fn();
	const user = userEvent.setup();
	const view = render(FileMenu, { props: { timeline: seedLike, onopen } });
	const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
	const exportButton = screen.getByRole('button', { name: 'Export' });
	return { onopen, user, input, exportButton };
}

const jsonFile = (text: string, name = 'saved.json') =>
	new File([text], name, { type: 'application/json' });

describe('FileMenu: opening a file', () => {
	it('has a visible Open button that opens the hidden JSON file input', async () => {
		const { user, input } = setup();
		const picked = vi.spyOn(input, 'click');
		expect(input.accept).toContain('.json');
		await user.click(screen.getByRole('button', { name: 'Open timeline…' }));
		expect(picked).toHaveBeenCalled();
	});

	it('hands a Dateline file’s timeline and name to onopen', async () => {
		const { user, input, onopen } = setup();
		await user.upload(input, jsonFile(JSON.stringify(sample)));
		await waitFor(() => expect(onopen).toHaveBeenCalledWith(sample, 'saved.json'));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('opens a TimelineJS3 file too', async () => {
		const { user, input, onopen } = setup();
		await user.upload(input, jsonFile(toTimelineJs3(sample), 'tl3.json'));
		await waitFor(() => expect(onopen).toHaveBeenCalledWith(sample, 'tl3.json'));
	});

	it.each([
		[
			'an unknown schemaVersion',
			JSON.stringify({ ...sample, schemaVersion: 7 }),
			/schema version 7; Dateline reads versions 1, 2/,
		],
		['a file that is not JSON', 'hello', /not JSON/],
		['JSON that is not a timeline', '{"a":1}', /not a timeline/],
	])('refuses %s in an alert and does not call onopen', async (_, text, message) => {
		const { user, input, onopen } = setup();
		await user.upload(input, jsonFile(text, 'bad.json'));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('Could not open “bad.json”');
		expect(alert).toHaveTextContent(message);
		expect(onopen).not.toHaveBeenCalled();
	});

	it('says so when the file cannot be read', async () => {
		const { user, input, onopen } = setup();
		const file = jsonFile('{}', 'gone.json');
		file.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
		await user.upload(input, file);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'“gone.json”: the file could not be read',
		);
		expect(onopen).not.toHaveBeenCalled();
	});

	it('refuses a file over 50 MB without reading it', async () => {
		const { user, input, onopen } = setup();
		const file = jsonFile('{}', 'huge.json');
		Object.defineProperty(file, 'size', { value: 60_000_000 });
		const read = vi.spyOn(file, 'text');
		await user.upload(input, file);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'“huge.json”: it is 60 MB; Dateline opens timeline files up to 50 MB.',
		);
		expect(read).not.toHaveBeenCalled();
		expect(onopen).not.toHaveBeenCalled();
	});

	it('lets the alert be dismissed', async () => {
		const { user, input } = setup();
		await user.upload(input, jsonFile('nope', 'bad.json'));
		await screen.findByRole('alert');
		await user.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('clears the alert once a good file is opened', async () => {
		const { user, input, onopen } = setup();
		await user.upload(input, jsonFile('nope', 'bad.json'));
		await screen.findByRole('alert');
		await user.upload(input, jsonFile(JSON.stringify(sample)));
		await waitFor(() => expect(onopen).toHaveBeenCalled());
		expect(screen.queryByRole('alert')).toBeNull();
	});
});

describe('FileMenu: the Export menu', () => {
	it('is a closed menu button until activated', () => {
		const { exportButton } = setup();
		expect(exportButton).toHaveAttribute('aria-haspopup', 'menu');
		expect(exportButton).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('menu')).toBeNull();
	});

	it('lists the seven formats and focuses the first', async () => {
		const { user, exportButton } = setup();
		await user.click(exportButton);
		expect(exportButton).toHaveAttribute('aria-expanded', 'true');
		const items = screen.getAllByRole('menuitem');
		expect(items.map((i) => i.textContent)).toEqual(LABELS);
		await waitFor(() => expect(items[0]).toHaveFocus());
	});

	it('moves with the arrow keys, Home and End, wrapping round', async () => {
		const { user, exportButton } = setup();
		exportButton.focus();
		await user.keyboard('{ArrowDown}');
		const items = screen.getAllByRole('menuitem');
		await waitFor(() => expect(items[0]).toHaveFocus());
		await user.keyboard('{ArrowDown}');
		expect(items[1]).toHaveFocus();
		await user.keyboard('{ArrowUp}{ArrowUp}');
		expect(items[6]).toHaveFocus();
		await user.keyboard('{Home}');
		expect(items[0]).toHaveFocus();
		await user.keyboard('{End}');
		expect(items[6]).toHaveFocus();
	});

	it('closes on Escape and gives focus back to the Export button', async () => {
		const { user, exportButton } = setup();
		await user.click(exportButton);
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('menu')).toBeNull();
		expect(exportButton).toHaveFocus();
		expect(exportButton).toHaveAttribute('aria-expanded', 'false');
	});

	it('closes when the pointer goes down elsewhere', async () => {
		const { user, exportButton } = setup();
		await user.click(exportButton);
		await user.click(document.body);
		expect(screen.queryByRole('menu')).toBeNull();
	});

	describe('downloads', () => {
		const saved: { name: string; blob: Blob }[] = [];
		beforeEach(() => {
			saved.length = 0;
			let n = 0;
			const blobs = new Map<string, Blob>();
			URL.createObjectURL = vi.fn((blob: Blob) => {
				const url = `blob:test/${n++}`;
				blobs.set(url, blob);
				return url;
			});
			URL.revokeObjectURL = vi.fn();
			vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
				this: HTMLAnchorElement,
			) {
				saved.push({ name: this.download, blob: blobs.get(this.href)! });
			});
		});
		afterEach(() => vi.restoreAllMocks());

		it.each([
			['Dateline JSON', /\.json$/, (text: string) => expect(JSON.parse(text)).toEqual(seedLike)],
			[
				'CSV',
				/\.csv$/,
				(text: string) => expect(text.split('\r\n')).toHaveLength(seedLike.events.length + 2),
			],
			['iCalendar (.ics)', /\.ics$/, (text: string) => expect(text).toMatch(/^BEGIN:VCALENDAR/)],
			['SVG image', /\.svg$/, (text: string) => expect(text).toMatch(/^<svg /)],
		])('saves %s as a file named after the headline', async (label, extension, check) => {
			const { user, exportButton } = setup();
			await user.click(exportButton);
			await user.click(screen.getByRole('menuitem', { name: label }));
			await waitFor(() => expect(saved).toHaveLength(1));
			expect(saved[0]!.name).toMatch(/^as-north-korea-celebrates/);
			expect(saved[0]!.name).toMatch(extension);
			check(await saved[0]!.blob.text());
			expect(exportButton).toHaveFocus();
		});

		it('saves one TimeML file per document', async () => {
			const { user, exportButton } = setup();
			await user.click(exportButton);
			await user.click(screen.getByRole('menuitem', { name: 'TimeML' }));
			await waitFor(() => expect(saved).toHaveLength(seedLike.documents.length));
			expect(saved.map((s) => s.name)).toEqual(
				seedLike.documents.map((d) => expect.stringContaining(d.id)),
			);
		});
	});
});
