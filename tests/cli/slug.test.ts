// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freshSlug, slug, uniqueSlugs } from '../../src/cli/slug.ts';

describe('slug', () => {
	it.each([
		['seeds/000_6c3584f2b4dfd327.txt', '000_6c3584f2b4dfd327'],
		['Korean War.md', 'korean-war'],
		['dir/sub/Café Crème.txt', 'cafe-creme'],
		['C:\\news\\Putin & Kim!!.txt', 'putin-kim'],
		['a.b.c.txt', 'a-b-c'],
		['.hidden', 'hidden'],
		['---.txt', 'article'],
		['日本語.txt', 'article'],
		['x'.repeat(200) + '.txt', 'x'.repeat(64)],
		['no-extension', 'no-extension'],
	])('turns %j into %j', (path, expected) => {
		expect(slug(path)).toBe(expected);
	});

	it('only ever produces URL-safe ids', () => {
		for (const path of ['a b', 'ü/ö', '💥.txt', 'a%2Fb.txt', 'x?y=z#w.md'])
			expect(slug(path)).toMatch(/^[a-z0-9_-]+$/);
	});
});

describe('uniqueSlugs', () => {
	it('keeps distinct slugs as they are', () => {
		expect(uniqueSlugs(['a.txt', 'b.txt'])).toEqual(['a', 'b']);
	});

	it('numbers repeated slugs in the order given', () => {
		expect(uniqueSlugs(['x/a.txt', 'y/a.md', 'z/A.txt'])).toEqual(['a', 'a-2', 'a-3']);
	});

	it('skips a suffix that another file already owns', () => {
		expect(uniqueSlugs(['a-2.txt', 'a.txt', 'b/a.txt'])).toEqual(['a-2', 'a', 'a-3']);
	});

	it('gives the same ids for the same input every time', () => {
		const paths = ['n/a.txt', 'm/a.txt', 'a-2.txt', 'a.txt'];
		expect(uniqueSlugs(paths)).toEqual(uniqueSlugs([...paths]));
	});
});

describe('freshSlug', () => {
	it('avoids the ids already taken and adds its own to them', () => {
		const taken = new Set(['floods', 'floods-2']);
		expect(freshSlug('Floods.txt', taken)).toBe('floods-3');
		expect(taken.has('floods-3')).toBe(true);
		expect(freshSlug('Museum opens.txt', taken)).toBe('museum-opens');
	});
});
