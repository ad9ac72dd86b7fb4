import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/extract/nlp/tagSentence.ts';
import { verbGroups } from '../../../src/extract/nlp/verbGroups.ts';

/** The words of each verb group, with whether it carries tense. */
function groups(sentence: string) {
	const tokens = tagSentence(sentence);
	return verbGroups(tokens).map((g) => ({
		verb: tokens
			.slice(g.from, g.to + 1)
			.map((t) => t.text)
			.join(' '),
		finite: g.finite,
	}));
}

describe('verbGroups', () => {
	it.each([
		['The mayor, in a speech written by her aides, promised new parks.', 'written'],
		['The mayor gave a speech in a hall rented by her aides.', 'rented'],
	])(
		'reads a participle after the noun of a prepositional phrase as a reduced relative: %j',
		(sentence, verb) => {
			expect(groups(sentence)).toContainEqual({ verb, finite: false });
		},
	);

	it('keeps a past verb after a subordinator finite: "before the levee failed"', () => {
		expect(groups('The river rose before the levee failed.')).toContainEqual({
			verb: 'failed',
			finite: true,
		});
	});

	it('reads a participle between a number and its noun as an adjective', () => {
		expect(groups('Inspectors visited three suspected weapons sites.').map((g) => g.verb)).toEqual([
			'visited',
		]);
	});
});
