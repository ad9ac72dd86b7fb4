// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/share/base64url.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('base64url', () => {
	it.each([
		[bytes(), ''],
		[bytes(0x66), 'Zg'],
		[bytes(0x66, 0x6f), 'Zm8'],
		[bytes(0x66, 0x6f, 0x6f), 'Zm9v'],
		[bytes(0xfb, 0xff), '-_8'],
		[bytes(0xff, 0xfe, 0xfd), '__79'],
	])('encodes %o as %s, with the URL alphabet and no padding', (input, encoded) => {
		expect(toBase64url(input)).toBe(encoded);
		expect(fromBase64url(encoded)).toEqual(input);
	});

	it('round-trips every byte value across more than one encoding chunk', () => {
		const input = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
		expect(fromBase64url(toBase64url(input))).toEqual(input);
	});

	it('accepts padded input, as other encoders write it', () => {
		expect(fromBase64url('Zg==')).toEqual(bytes(0x66));
	});

	it.each([
		['the standard alphabet', 'ab+/'],
		['spaces', 'Zm9 v'],
		['a percent-encoding', 'Zm9v%3D'],
		['a length no encoder produces', 'Zm9vY'],
		['padding in the middle', 'Zg==Zg'],
	])('refuses %s', (_, text) => {
		expect(fromBase64url(text)).toBeNull();
	});
});
