// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/decodeText.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it.each([
		['plain UTF-8', utf8('On 27 July 1953.'), 'On 27 July 1953.'],
		['a byte order mark', utf8('\uFEFFHeadline\nBody'), 'Headline\nBody'],
		['CRLF line endings', utf8('Headline\r\nBody\r\n'), 'Headline\nBody\n'],
		['old Mac CR line endings', utf8('Headline\rBody'), 'Headline\nBody'],
		[
			'non-ASCII letters and emoji',
			utf8('Pyongyang 🇰🇵 — “Victory Day”'),
			'Pyongyang 🇰🇵 — “Victory Day”',
		],
		['a BOM only at the start', utf8('\uFEFFa\uFEFFb'), 'a\uFEFFb'],
	])('accepts %s', (_, input, text) => {
		expect(decodeText(input)).toEqual({ ok: true, text });
	});

	it.each([
		['NUL bytes', bytes(0x68, 0x00, 0x69), 'binary file (contains NUL bytes); expected UTF-8 text'],
		[
			'UTF-16',
			bytes(0xff, 0xfe, 0x68, 0x00),
			'binary file (contains NUL bytes); expected UTF-8 text',
		],
		[
			'Latin-1',
			bytes(0x63, 0x61, 0x66, 0xe9),
			'not valid UTF-8 (binary file or another encoding?)',
		],
		[
			'a truncated sequence',
			bytes(0x61, 0xe2, 0x82),
			'not valid UTF-8 (binary file or another encoding?)',
		],
		['no bytes', bytes(), 'empty file (no text)'],
		['only whitespace', utf8(' \r\n\t\n'), 'empty file (no text)'],
		['only a BOM', utf8('\uFEFF'), 'empty file (no text)'],
	])('rejects %s with a reason', (_, input, problem) => {
		expect(decodeText(input)).toEqual({ ok: false, problem });
	});
});
