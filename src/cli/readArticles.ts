import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { ArticleInput } from '../extract/pipeline.ts';
import { decodeText } from './decodeText.ts';
import { uniqueSlugs } from './slug.ts';

/** Largest article read; anything bigger is almost certainly not a news article. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** Extensions a directory contributes; a file named explicitly is read whatever its extension. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** The articles read, or every problem found (then `articles` holds only the readable ones). */
export interface ReadResult {
	articles: ArticleInput[];
	problems: string[];
}

function describe(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file or directory';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return (error as Error).message;
}

function statOrProblem(path: string): Stats | string {
	try {
		return statSync(path);
	} catch (error) {
		return describe(error);
	}
}

/** Article files in a directory (not its subdirectories), sorted by name. */
function listArticles(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))
		.map((name) => join(dir, name))
		.filter((path) => {
			const stats = statOrProblem(path);
			return typeof stats !== 'string' && stats.isFile();
		})
		.sort();
}

/**
 * Reads the articles named by `paths` (files, or directories of `.txt`/`.md` files), resolved
 * against `cwd`. Files are read in sorted order and each gets a distinct id from its name, so the
 * same inputs always give the same articles. Never throws: every unusable input becomes one problem.
 */
export function readArticles(paths: readonly string[], cwd: string): ReadResult {
	const problems: string[] = [];
	const files = new Set<string>();
	for (const path of paths) {
		const absolute = resolve(cwd, path);
		const stats = statOrProblem(absolute);
		if (typeof stats === 'string') problems.push(`${path}: ${stats}`);
		else if (stats.isDirectory()) {
			let found: string[];
			try {
				found = listArticles(absolute);
			} catch (error) {
				problems.push(`${path}: ${describe(error)}`);
				continue;
			}
			if (found.length === 0) problems.push(`${path}: directory has no .txt or .md articles`);
			found.forEach((file) => files.add(file));
		} else if (stats.isFile()) files.add(absolute);
		else problems.push(`${path}: not a regular file or directory`);
	}

	// Display paths use `/` on every platform so the JSON does not depend on where it was built.
	const shown = [...files].map((file) => relative(cwd, file).split(sep).join('/')).sort();
	const ids = uniqueSlugs(shown);
	const articles: ArticleInput[] = [];
	shown.forEach((path, i) => {
		const problem = (message: string) => problems.push(`${path}: ${message}`);
		const absolute = resolve(cwd, path);
		const stats = statOrProblem(absolute);
		if (typeof stats === 'string') return problem(stats);
		if (stats.size > MAX_ARTICLE_BYTES)
			return problem(`${(stats.size / 2 ** 20).toFixed(1)} MB is over the 10 MB limit`);
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(absolute);
		} catch (error) {
			return problem(describe(error));
		}
		const decoded = decodeText(bytes);
		if (!decoded.ok) return problem(decoded.problem);
		articles.push({ id: ids[i] ?? 'article', path, text: decoded.text });
	});
	return { articles, problems };
}
