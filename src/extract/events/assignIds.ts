import { compareIso } from '../../timeline.ts';

// Decomposing accents is the slow part of a slug, and ASCII has none to decompose.
const ASCII = /^[\x00-\x7f]*$/;

/** URL-safe slug: lower case ASCII words joined by hyphens. */
export function slug(s: string): string {
	return (
		(ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'event'
	);
}

interface Sortable {
	title: string;
	start: string;
	sources: Array<{ document: string; phraseStart: number }>;
}

/**
 * Sorts by date, then title, then first source, and gives each item `slug(title)-start`, with -2,
 * -3 for repeats. The order depends only on the items' content, so ids are stable across runs.
 */
export function assignIds<T extends Sortable>(
	items: T[],
	taken: Set<string> = new Set(),
): Array<T & { id: string }> {
	const sorted = [...items].sort(
		(a, b) =>
			compareIso(a.start, b.start) ||
			(a.title < b.title ? -1 : a.title > b.title ? 1 : 0) ||
			(a.sources[0]?.document ?? '').localeCompare(b.sources[0]?.document ?? '') ||
			(a.sources[0]?.phraseStart ?? 0) - (b.sources[0]?.phraseStart ?? 0),
	);
	const nextSuffix = new Map<string, number>();
	return sorted.map((item) => {
		const base = `${slug(item.title)}-${item.start.replace(/[^0-9A-Za-z]+/g, '-')}`.replace(
			/-+$/,
			'',
		);
		let id = base;
		// Remember where counting stopped for each base, so many repeats stay linear.
		for (let n = nextSuffix.get(base) ?? 2; taken.has(id); n++) {
			id = `${base}-${n}`;
			nextSuffix.set(base, n + 1);
		}
		taken.add(id);
		return { id, ...item };
	});
}
