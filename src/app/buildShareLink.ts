import type { SharePayload } from '../share/sharePayload.ts';
import type { WorkspaceArticle } from './articles.ts';

/** A link that carries the articles, or the reason there is none. */
export type ShareLinkResult = { ok: true; href: string } | { ok: false; message: string };

/**
 * `<origin><path>?<view>#share=<payload>`: the view stays in the query (read by urlSync as for any
 * deep link) and is repeated in the payload; the payload carries the articles and their dates.
 * Above `maxChars` the link would be refused or cut by browsers and chat apps, so there is none.
 */
export async function buildShareLink(
	articles: WorkspaceArticle[],
	encode: (p: SharePayload) => Promise<string>,
	maxChars: number,
	at: { origin: string; pathname: string; search: string } = location,
): Promise<ShareLinkResult> {
	const q = new URLSearchParams(at.search);
	const view = Object.fromEntries(
		(['event', 'from', 'to'] as const).flatMap((k) => (q.get(k) ? [[k, q.get(k)!]] : [])),
	);
	const payload: SharePayload = {
		v: 1,
		articles: articles.map((a) => ({
			name: a.name,
			text: a.text,
			...(a.dct ? { dct: a.dct } : {}),
		})),
		...view,
	};
	const value = await encode(payload);
	if (value.length > maxChars)
		return {
			ok: false,
			message: `These articles are too long for a link (${value.length.toLocaleString('en')} characters compressed, the limit is ${maxChars.toLocaleString('en')}). Download the timeline as JSON instead.`,
		};
	return { ok: true, href: `${at.origin}${at.pathname}${at.search}#share=${value}` };
}
