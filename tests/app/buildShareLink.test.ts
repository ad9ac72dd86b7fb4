import { describe, expect, it } from 'vitest';
import { buildShareLink } from '../../src/app/buildShareLink.ts';
import type { SharePayload } from '../../src/app/openShare.ts';
import type { WorkspaceArticle } from '../../src/app/workspace.svelte.ts';

const articles: WorkspaceArticle[] = [
	{ id: 'seed', name: 'seeds/seed.txt', text: 'Seed text', origin: 'server' },
	{ id: 'museum', name: 'museum.txt', text: 'Museum text', dct: '2024-04-10', origin: 'pasted' },
];
const at = {
	origin: 'https://example.org',
	pathname: '/app/',
	search: '?event=e1&from=1950-01-01&to=1960-01-01',
};

describe('buildShareLink', () => {
	it('keeps the view in the query and puts articles, dates and view in the fragment', async () => {
		let seen: SharePayload | undefined;
		const r = await buildShareLink(articles, async (p) => ((seen = p), 'ENCODED'), 100, at);
		expect(r).toEqual({ ok: true, href: `https://example.org/app/${at.search}#share=ENCODED` });
		expect(seen).toEqual({
			v: 1,
			articles: [
				{ name: 'seeds/seed.txt', text: 'Seed text' },
				{ name: 'museum.txt', text: 'Museum text', dct: '2024-04-10' },
			],
			event: 'e1',
			from: '1950-01-01',
			to: '1960-01-01',
		});
	});

	it('refuses a link longer than the limit and says why', async () => {
		const r = await buildShareLink(articles, async () => 'x'.repeat(101), 100, at);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.message).toMatch(
			/too long for a link \(101 characters compressed, the limit is 100\)/,
		);
	});
});
