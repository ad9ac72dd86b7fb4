import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../../../src/extract/config.ts';
import type { Sentence, Tag } from '../../../src/extract/types.ts';

/** The tags of every candidate any recognizer finds for exactly `phrase` in `text`. */
function tagsOf(text: string, phrase: string): Tag[][] {
	const sentence: Sentence = { start: 0, end: text.length, text, kind: 'body', paragraph: 0 };
	return RECOGNIZERS.flatMap((r) => r(sentence))
		.filter((c) => c.text === phrase)
		.map((c) => [...c.tags].sort());
}

describe('candidate tags', () => {
	it.each([
		['The plant opened on March 6, 2024.', 'March 6, 2024', ['day', 'statedDay']],
		['The plant opened on March 6.', 'March 6', ['day']],
		['The plant opened at 9 a.m.', '9 a.m.', ['clockTime']],
		['The plant opened Tuesday.', 'Tuesday', ['day']],
		['The plant opened yesterday.', 'yesterday', ['day']],
		['The plant opened the following day.', 'the following day', ['backReference', 'day']],
		['Sales were lower a year earlier.', 'a year earlier', ['backReference']],
		['Sales beat the year-ago quarter.', 'the year-ago quarter', ['backReference']],
		[
			'They marked the 70th anniversary of the Korean War.',
			'the 70th anniversary of the Korean War',
			['anniversary'],
		],
		['The plant opened in 2024.', '2024', []],
	])('in %j tags %j as %j', (text, phrase, tags) => {
		expect(tagsOf(text, phrase)).toContainEqual([...tags].sort());
	});
});
