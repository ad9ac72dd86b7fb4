import { describe, expect, it } from 'vitest';
import { articleSegments } from '../../src/components/articleSegments.ts';

const text = 'One. Two on 3 May. Three.';
const src = (
	sentenceStart: number,
	sentenceEnd: number,
	phraseStart: number,
	phraseEnd: number,
) => ({
	document: 'd',
	sentenceStart,
	sentenceEnd,
	phraseStart,
	phraseEnd,
});

describe('articleSegments', () => {
	it('splits around the sentence with the phrase inside it', () => {
		expect(articleSegments(text, src(5, 18, 12, 17))).toEqual([
			{ sentence: false, pieces: [{ text: 'One. ', phrase: false }] },
			{
				sentence: true,
				pieces: [
					{ text: 'Two on ', phrase: false },
					{ text: '3 May', phrase: true },
					{ text: '.', phrase: false },
				],
			},
			{ sentence: false, pieces: [{ text: ' Three.', phrase: false }] },
		]);
	});

	it('keeps a phrase outside its sentence as a marked piece of plain text', () => {
		const runs = articleSegments(text, src(5, 18, 0, 3));
		expect(runs[0]).toEqual({
			sentence: false,
			pieces: [
				{ text: 'One', phrase: true },
				{ text: '. ', phrase: false },
			],
		});
		expect(runs.map((r) => r.pieces.map((p) => p.text).join('')).join('')).toBe(text);
	});

	it('loses no text when the sentence spans the whole article', () => {
		const runs = articleSegments(text, src(0, text.length, 0, text.length));
		expect(runs).toEqual([{ sentence: true, pieces: [{ text, phrase: true }] }]);
	});
});
