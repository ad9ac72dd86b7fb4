import { describe, expect, it } from 'vitest';
import { retag } from '../../../src/extract/nlp/retag.ts';
import { tagSentence } from '../../../src/extract/nlp/tagSentence.ts';

/** The tag `retag` gives `word` (its first occurrence) in `sentence`. */
const tagOf = (sentence: string, word: string) =>
	retag(tagSentence(sentence)).find((t) => t.text === word)?.pos;

describe('retag', () => {
	it('reads "last" and "next" before a time noun as the word that chooses the time', () => {
		expect(tagOf('The court revived the case last year and ordered a trial.', 'last')).toBe('ADJ');
		expect(tagOf('The ferry service opens next Tuesday.', 'next')).not.toBe('VERB');
	});

	it('reads a word in -s before a finite verb at a clause start as its plural subject', () => {
		expect(
			tagOf('The ruling follows a case in Ohio, where judges struck down the map.', 'judges'),
		).toBe('NOUN');
	});

	it('reads a participle between a possessive and its noun as an adjective', () => {
		expect(tagOf("The airport's planned expansion will cost $2 billion.", 'planned')).toBe('ADJ');
		expect(tagOf('The city planned an expansion of the airport.', 'planned')).toBe('VERB');
	});

	it('leaves a verb in -s after its subject alone', () => {
		expect(tagOf('The company sells cars in Ohio.', 'sells')).toBe('VERB');
	});

	it('reads "ended" after a period noun as bounding the period, not as a verb', () => {
		expect(
			tagOf('The carrier lost $42 million in the three months ended December 31.', 'ended'),
		).toBe('ADJ');
		expect(tagOf('The talks ended on Friday.', 'ended')).toBe('VERB');
	});
});

describe('retag after a possessive', () => {
	it('reads a word after a possessive and one modifier as a noun', () => {
		expect(tagOf('The club won its only title in 1961.', 'title')).toBe('NOUN');
	});
});

describe('retag after a participle', () => {
	it('reads a word in -s right after a participle as its object', () => {
		expect(tagOf('The men were not termed suspects by the police.', 'suspects')).toBe('NOUN');
	});
});

describe('retag before an object', () => {
	it('reads a word in -ed before a determiner as a verb', () => {
		expect(tagOf('It was in 1931 that the council finally paved the harbour road.', 'paved')).toBe(
			'VERB',
		);
	});
});

describe('retag of homographs and names', () => {
	it('reads a past form that is also a noun as the verb between an adverb and its complement', () => {
		expect(tagOf('Earnings at the unit actually rose slightly in the quarter.', 'rose')).toBe(
			'VERB',
		);
	});

	it('reads a capitalised word before a possessive as a name', () => {
		expect(tagOf("Earnings at Xerox's insurance unit fell.", 'Xerox')).not.toBe('VERB');
	});
});
