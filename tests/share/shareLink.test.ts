// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/share/base64url.ts';
import { deflateRaw } from '../../src/share/deflate.ts';
import {
	decodeShare,
	encodeShare,
	MAX_SHARE_CHARS,
	type SharePayload,
} from '../../src/share/shareLink.ts';

const seedText = readFileSync('seeds/000_6c3584f2b4dfd327.txt', 'utf8');

/** A share value holding any JSON-able data, or raw text, as a crafted link would. */
async function valueOf(data: unknown): Promise<string> {
	const text = typeof data === 'string' ? data : JSON.stringify(data);
	return toBase64url(await deflateRaw(new TextEncoder().encode(text)));
}

const article = { name: 'a.txt', text: 'Truce signed on 27 July 1953.' };

describe('encodeShare and decodeShare', () => {
	it.each([
		['emoji and flags', 'Fireworks 🎆 over Pyongyang 🇰🇵 on 27 July 2023 👩🏽‍🚀'],
		['right-to-left scripts', 'وقّعت الهدنة في 27 يوليو 1953 — הפסקת האש נחתמה'],
		['combining marks', 'Cafe\u0301 Zoë Ångström n\u0303 a\u0308\u0301'],
		['control characters and markup', 'line\nbreak\ttab <script>x</script> & "quotes"'],
		['lone surrogate-free CJK', '1953年7月27日に休戦協定が調印された'],
	])('round-trips article text with %s', async (_, text) => {
		const payload: SharePayload = { v: 1, articles: [{ name: 'ü.txt', text }] };
		expect(await decodeShare(await encodeShare(payload))).toEqual({ ok: true, payload });
	});

	it('round-trips several articles, a corrected date and the view', async () => {
		const payload: SharePayload = {
			v: 1,
			articles: [
				{ name: 'one.txt', text: 'First.', dct: '2023-07-27' },
				{ name: 'two.md', text: 'Second.' },
			],
			event: 'korean-war-armistice',
			from: '1950-01-01',
			to: '2023-12-31',
		};
		expect(await decodeShare(await encodeShare(payload))).toEqual({ ok: true, payload });
	});

	it('writes only URL-safe characters, without padding', async () => {
		const value = await encodeShare({ v: 1, articles: [{ name: 'seed.txt', text: seedText }] });
		expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	it('fits the seed article in a link shorter than its text', async () => {
		const value = await encodeShare({ v: 1, articles: [{ name: 'seed.txt', text: seedText }] });
		expect(value.length).toBeLessThan(seedText.length * 0.7);
		expect(value.length).toBeLessThan(MAX_SHARE_CHARS);
	});

	it('ignores fields a later version of the same format adds', async () => {
		const result = await decodeShare(await valueOf({ v: 1, articles: [article], theme: 'dark' }));
		expect(result).toEqual({ ok: true, payload: { v: 1, articles: [article] } });
	});
});

describe('decodeShare refusals', () => {
	it('refuses a value longer than MAX_SHARE_CHARS before decoding it', async () => {
		expect(await decodeShare('A'.repeat(MAX_SHARE_CHARS + 1))).toEqual({
			ok: false,
			message: 'This link is too long to open (8,001 characters; the limit is 8,000).',
		});
	});

	it.each([
		['no data', '', 'it carries no data'],
		['characters outside base64url', 'abc+/def', 'its data is not valid base64url'],
		['a base64 length no encoder produces', 'AAAAA', 'its data is not valid base64url'],
		[
			'bytes that are not DEFLATE',
			toBase64url(new Uint8Array([0xff, 0xff, 0xff])),
			'its data does not decompress',
		],
	])('refuses %s as damaged', async (_, value, why) => {
		expect(await decodeShare(value)).toEqual({
			ok: false,
			message: `This link is damaged: ${why}. Ask for the link again, or for the timeline file.`,
		});
	});

	it('refuses a link cut short, as chat apps sometimes do', async () => {
		const value = await encodeShare({ v: 1, articles: [{ name: 'seed.txt', text: seedText }] });
		const result = await decodeShare(value.slice(0, Math.floor(value.length / 2)));
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^This link is damaged: /),
		});
	});

	it('refuses data that expands beyond 2 MB without inflating all of it', async () => {
		const bomb = toBase64url(await deflateRaw(new Uint8Array(4_000_000)));
		expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
		expect(await decodeShare(bomb)).toMatchObject({
			ok: false,
			message: expect.stringContaining('its data expands to more than 2 MB'),
		});
	});

	it('refuses data that is not UTF-8 JSON', async () => {
		expect(await decodeShare(await valueOf('{"v":1,'))).toMatchObject({
			ok: false,
			message: expect.stringContaining('its data is not JSON text'),
		});
	});

	it.each([
		[2, '2'],
		['1', '"1"'],
		[null, 'null'],
	])('refuses share format version %o by name', async (version, written) => {
		expect(await decodeShare(await valueOf({ v: version, articles: [article] }))).toEqual({
			ok: false,
			message: `This link uses share format version ${written}; this version of Dateline reads version 1.`,
		});
	});

	it.each([
		['a JSON array', [article], 'the data must be an object'],
		['no version', { articles: [article] }, 'v is missing'],
		['no articles', { v: 1 }, 'articles is missing'],
		['an empty article list', { v: 1, articles: [] }, 'articles must hold at least one article'],
		[
			'an article text that is not a string',
			{ v: 1, articles: [{ name: 'a', text: 3 }] },
			'articles.0.text',
		],
		[
			'a corrected date in another format',
			{ v: 1, articles: [{ ...article, dct: '27/07/2023' }] },
			'articles.0.dct must be a date written YYYY-MM-DD',
		],
		[
			'an event id that is not a string',
			{ v: 1, articles: [article], event: 7 },
			'event must be text',
		],
	])('refuses a payload with %s, naming the field', async (_, data, field) => {
		const result = await decodeShare(await valueOf(data));
		expect(result).toMatchObject({ ok: false });
		expect(!result.ok && result.message).toMatch(/^This link's data is not a Dateline share: /);
		expect(!result.ok && result.message).toContain(field);
	});
});
