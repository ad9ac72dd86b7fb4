import { fromBase64url, toBase64url } from './base64url.ts';
import { deflateRaw, inflateRaw } from './deflate.ts';
import { validatePayload, type SharePayload } from './sharePayload.ts';

export type { SharePayload } from './sharePayload.ts';

/**
 * Longest `#share=` value Dateline writes or reads. RFC 9110 §4.1 asks every sender and recipient
 * to support URIs of at least 8,000 octets; browsers take far more (Chromium 2 MB), and a fragment
 * never reaches a server, but links also travel through chat apps, mail and link previews that
 * store the whole URL, and 8,000 is the length all of them are asked to carry. At the seed's
 * compression this fits an article of roughly 12,000 characters; longer ones go out as JSON files.
 */
export const MAX_SHARE_CHARS = 8000;

/** Largest inflated payload accepted: far above any 8,000-character link of real text. */
export const MAX_SHARE_BYTES = 2_000_000;

/** The decoded payload, or one sentence saying why the link cannot be opened. */
export type ShareDecodeResult =
	{ ok: true; payload: SharePayload } | { ok: false; message: string };

/** The `#share=` value of a payload: base64url (no padding) of raw-deflated UTF-8 JSON. */
export async function encodeShare(payload: SharePayload): Promise<string> {
	return toBase64url(await deflateRaw(new TextEncoder().encode(JSON.stringify(payload))));
}

const damaged = (why: string): ShareDecodeResult => ({
	ok: false,
	message: `This link is damaged: ${why}. Ask for the link again, or for the timeline file.`,
});

/** Reads a `#share=` value back. Never throws: every failure is a message the page can show. */
export async function decodeShare(value: string): Promise<ShareDecodeResult> {
	if (value.length > MAX_SHARE_CHARS)
		return {
			ok: false,
			message: `This link is too long to open (${value.length.toLocaleString('en')} characters; the limit is ${MAX_SHARE_CHARS.toLocaleString('en')}).`,
		};
	if (value === '') return damaged('it carries no data');
	const bytes = fromBase64url(value);
	if (!bytes) return damaged('its data is not valid base64url');
	let inflated: Uint8Array | 'too-large';
	try {
		inflated = await inflateRaw(bytes, MAX_SHARE_BYTES);
	} catch {
		return damaged('its data does not decompress');
	}
	if (inflated === 'too-large')
		return damaged(`its data expands to more than ${MAX_SHARE_BYTES / 1_000_000} MB`);
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
	} catch {
		return damaged('its data is not JSON text');
	}
	return validatePayload(data);
}
