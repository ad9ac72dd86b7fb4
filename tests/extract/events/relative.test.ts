import { describe, expect, it } from 'vitest';
import { antecedentOf, fromRelative } from '../../../src/extract/events/relative.ts';
import { subjectThenVerb } from '../../../src/extract/events/words.ts';

describe('antecedentOf', () => {
	it.each([
		['rebuild the bridge', false, 'the bridge'],
		['rebuild the old stone bridge', false, 'the old stone bridge'],
		['plans for bridges', false, 'bridges'],
		["Putin's comments", false, "Putin's comments"],
		['The British and Irish governments', false, 'The British and Irish governments'],
		['met the director of the National Council of Churches', true, 'the director'],
		[
			'met the director of the National Council of Churches',
			false,
			'the National Council of Churches',
		],
		['agreed to investigate', false, ''],
		['he said', false, ''],
	])('finds the noun phrase at the end of %j', (before, person, noun) => {
		expect(antecedentOf(before, person)).toBe(noun);
	});
});

describe('fromRelative', () => {
	it.each([
		['a subject relative', 'collapsed', 'the bridge', 'the bridge collapsed'],
		[
			'a subject relative with an adverb',
			'recently opened',
			'the plant',
			'the plant recently opened',
		],
		['an object relative', 'floods destroyed', 'the bridge', 'floods destroyed the bridge'],
		[
			'an object relative with auxiliaries',
			'the army had built over the river',
			'the bridge',
			'the army had built the bridge over the river',
		],
		['a passive, which has no gap', 'the plan was approved', 'the news', 'the plan was approved'],
		[
			'a time adverbial before the verb',
			'last year accounted for most sales',
			'the firm',
			'the firm last year accounted for most sales',
		],
		['a possessive', 'members were elected', "the council's", "the council's members were elected"],
	])('restates %s', (_shape, body, noun, sentence) => {
		expect(fromRelative(body, noun)).toBe(sentence);
	});
});

describe('subjectThenVerb', () => {
	it.each([
		['it eased', 1],
		['the army had built', 2],
		['North Korea had sold', 2],
		['floods destroyed', 1],
		['the war in 1953', -1],
		['having donated marks', -1],
		['destroyed the bridge', -1],
	])('finds the verb of %j at %i', (words, index) => {
		expect(subjectThenVerb(words.split(' '))).toBe(index);
	});

	it('takes three lower-case words before a verb for a verb and object when told to', () => {
		const words = 'monitor Cambodian affairs said'.split(' ');
		expect(subjectThenVerb(words)).toBe(3);
		expect(subjectThenVerb(words, 2)).toBe(-1);
	});
});
