/** Longest id kept from a file name; ids end up in URLs, so they stay short. */
const MAX_LENGTH = 64;

/**
 * A URL-safe id (`[a-z0-9_-]+`) from a file path: the base name without its extension, accents
 * folded to ASCII ("Café.txt" → "cafe"), every other run of unsafe characters turned into one `-`.
 */
export function slug(path: string): string {
	const base = path.split(/[\\/]/).pop() ?? '';
	const stem = base.replace(/(?<=.)\.[^.]*$/, '');
	const safe = stem
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.slice(0, MAX_LENGTH)
		.replace(/^-+|-+$/g, '');
	return safe || 'article';
}

/** The slug of `path`, with the first free `-2`, `-3`, … suffix if `used` has it; joins `used`. */
export function freshSlug(path: string, used: Set<string>): string {
	const base = slug(path);
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}

/**
 * One distinct slug per path, in the same order. A repeated slug gets the first free suffix, so
 * the result depends only on the order of `paths`: sort them first.
 */
export function uniqueSlugs(paths: readonly string[]): string[] {
	const used = new Set<string>();
	return paths.map((path) => freshSlug(path, used));
}
