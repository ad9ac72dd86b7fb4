import { seedQuery, replaceHash } from './urlSync.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';
import { freshSlug } from '../cli/slug.ts';
import type { SharePayload } from '../share/sharePayload.ts';
import type { ShareDecodeResult } from '../share/shareLink.ts';

export type { SharePayload };

/** G's `decodeShare`, injected so tests can pass a fake. */
export type DecodeShare = (value: string) => Promise<ShareDecodeResult>;

/**
 * Opens a `#share=` link: decodes the articles, extracts them in the worker and shows the view the
 * link describes (the query's, or else the payload's). A link that does not decode, or whose
 * extraction fails, falls back to the server's timeline with a notice saying why.
 */
export async function openShare(
	ws: Workspace,
	value: string,
	decode: DecodeShare,
	fallbackUrl: string,
): Promise<void> {
	const fallBack = async (why: string) => {
		replaceHash('');
		ws.status = null;
		if (await ws.load(fallbackUrl))
			ws.notify(
				`This link’s articles could not be opened (${why}) — showing the original timeline.`,
			);
	};
	const decoded = await decode(value).catch((e: unknown) => ({
		ok: false as const,
		message: (e as Error).message,
	}));
	if (!decoded.ok) return fallBack(decoded.message);
	const { payload } = decoded;
	seedQuery(payload);
	const taken = new Set<string>();
	const articles = payload.articles.map((a) => ({
		id: freshSlug(a.name, taken),
		name: a.name,
		text: a.text,
		...(a.dct ? { dct: a.dct } : {}),
		origin: 'shared' as const,
	}));
	if (!(await ws.run(articles, 'keep', true)))
		await fallBack(ws.failure ?? 'the extraction did not finish');
}
