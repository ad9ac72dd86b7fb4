import { describe, expect, it } from 'vitest';
import { describeCreationDate } from '../../src/timeline/describeCreationDate.ts';

describe('describeCreationDate', () => {
	it.each([
		[
			{ value: '2023-07-27', inferred: true, evidence: '70th anniversary of 1953-07-27' },
			'27 Jul 2023 · inferred from 70th anniversary of 1953-07-27',
		],
		[{ value: '2024-03-06', inferred: false, evidence: 'dateline' }, '6 Mar 2024 · from dateline'],
		[{ value: 'garbage', inferred: true, evidence: 'x' }, 'garbage · inferred from x'],
		[
			{ value: null, inferred: true, evidence: 'no date found in the text' },
			'date unknown · no date found in the text',
		],
	])('describes %j', (cd, text) => {
		expect(describeCreationDate(cd)).toBe(text);
	});
});
