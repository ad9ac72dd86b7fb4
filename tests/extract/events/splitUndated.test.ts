import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/extract/events/draft.ts';
import { splitUndated } from '../../../src/extract/events/splitUndated.ts';

const TEXT = 'Pool reopens\nThe pool reopened today. Crowds came. It was built on 4 May 1990.';

/** A draft stated by `phrase` in the sentence starting with `sentence`. */
function draft(phrase: string, fields: Partial<Draft> = {}): Draft {
	const at = TEXT.indexOf(phrase);
	return {
		title: phrase,
		summary: phrase,
		placement: { start: '2010-05-12', precision: 'day' },
		derivation: 'relative',
		explanation: `"${phrase}" relative to the document date 2010-05-12`,
		confidence: 0.85,
		approximate: false,
		key: `sentence:${at}`,
		source: {
			document: 'pool',
			sentenceStart: at,
			sentenceEnd: at + phrase.length,
			phraseStart: at,
			phraseEnd: at + phrase.length,
		},
		...fields,
	};
}

const today = draft('today', { dependsOnCreationDate: true });
const crowds = draft('came', { derivation: 'reported', dependsOnCreationDate: true });
const built = draft('4 May 1990', { placement: { start: '1990-05-04', precision: 'day' } });

describe('splitUndated', () => {
	it('dates every draft when the document date is known, flag or not', () => {
		expect(splitUndated([today, crowds, built], true, TEXT)).toEqual({
			dated: [today, crowds, built],
			undated: [],
		});
	});

	it('holds back the drafts that count from an unknown date and keeps the others', () => {
		const { dated, undated } = splitUndated([today, crowds, built], false, TEXT);
		expect(dated).toEqual([built]);
		expect(undated.map((u) => u.title)).toEqual(['today', 'came']);
	});

	it.each<[Partial<Draft>, string]>([
		[{ derivation: 'relative' }, `"today" counts from the article's date, which is unknown`],
		[{ derivation: 'reported' }, `reported as news of the article's date, which is unknown`],
		[
			{ derivation: 'narrative' },
			"no date in the sentence; it takes the date of an event counted from the article's date, which is unknown",
		],
	])('explains a %j draft without the provisional date', (fields, explanation) => {
		const { undated } = splitUndated(
			[draft('today', { ...fields, dependsOnCreationDate: true })],
			false,
			TEXT,
		);
		expect(undated).toEqual([
			{
				title: 'today',
				summary: 'today',
				document: 'pool',
				explanation,
				confidence: 0.85,
				sources: [today.source],
			},
		]);
	});

	it('merges two mentions of one undated thing into one undated event with both sources', () => {
		const again = draft('reopened', { dependsOnCreationDate: true, key: today.key });
		const { undated } = splitUndated([today, again], false, TEXT);
		expect(undated).toHaveLength(1);
		expect(undated[0]!.sources).toHaveLength(2);
	});
});
