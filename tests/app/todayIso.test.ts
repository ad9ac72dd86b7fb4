import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/app/todayIso.ts';

describe('todayIso', () => {
	it.each<[Date, string]>([
		[new Date(2024, 5, 3, 0, 0), '2024-06-03'],
		[new Date(2024, 11, 31, 23, 59), '2024-12-31'],
		[new Date(999, 0, 9, 12), '0999-01-09'],
	])('writes the local day of %s as %s', (now, iso) => {
		expect(todayIso(now)).toBe(iso);
	});
});
