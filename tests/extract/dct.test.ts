import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';

const doc = (text: string, dct?: string) =>
	extractDocument({ id: 'd', path: 'd.txt', text }, dct ? { dct } : {});

describe('document creation date', () => {
	it('takes --dct over anything in the text', () => {
		expect(doc('SEOUL, July 27, 2023 — It rained.', '2020-01-02').document.creationDate).toEqual({
			value: '2020-01-02',
			inferred: false,
			evidence: '--dct',
		});
	});

	it('reads a dateline', () => {
		expect(
			doc('Headline here\nSEOUL, July 27, 2023 — It rained on Tuesday.').document.creationDate,
		).toMatchObject({ value: '2023-07-27', inferred: false, evidence: 'dateline' });
	});

	it('infers the date from an anniversary and checks it against a past-tense weekday', () => {
		const text =
			'Title\nThe truce of July 27, 1953 ended the Korean War. On Thursday, crowds marked the 70th anniversary of the Korean War.';
		const cd = doc(text).document.creationDate;
		expect(cd).toMatchObject({ value: '2023-07-27', inferred: true });
		expect(cd.evidence).toContain('70th anniversary of 1953-07-27');
		expect(cd.evidence).toContain('Thursday');
	});

	it('falls back to the latest stated date and says so', () => {
		const r = doc('Title\nIt opened on March 3, 1999 and closed on May 5, 2001.');
		expect(r.document.creationDate).toMatchObject({ value: '2001-05-05', inferred: true });
		expect(r.warnings.join(' ')).toContain('latest date stated');
	});

	it('leaves the date unknown, and says why, when the text has no date at all', () => {
		const r = doc('Nothing dated here.');
		expect(r.document.creationDate).toEqual({
			value: null,
			inferred: true,
			evidence:
				'no dateline, no date given for the article, and no date in the text to infer it from',
		});
	});

	it('does not take a stated day for the article date when the text speaks of a later year', () => {
		const cd = doc('Title\nThe hall opened on March 3, 1921. It was rebuilt in 1987.').document
			.creationDate;
		expect(cd.value).toBeNull();
		expect(cd.evidence).toContain(
			'1921-03-03, cannot be its date, since the text also speaks of 1987',
		);
	});

	it('still takes the latest stated day when nothing later is mentioned', () => {
		const cd = doc('Title\nThe hall was planned in 1919 and opened on March 3, 1921.').document
			.creationDate;
		expect(cd).toMatchObject({ value: '1921-03-03', inferred: true });
	});

	it('warns about a malformed --dct and ignores it', () => {
		const r = doc('Title\nIt opened on March 3, 1999.', '03/04/2020');
		expect(r.document.creationDate.value).toBe('1999-03-03');
		expect(r.warnings.join(' ')).toContain('--dct');
	});
});
