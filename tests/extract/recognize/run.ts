import { parseYmd } from '../../../src/extract/dates.ts';
import { tenseAround } from '../../../src/extract/tense.ts';
import type { Recognizer, Sentence } from '../../../src/extract/types.ts';

/** Runs one recognizer on one sentence and resolves what it finds against a fixed document date. */
export function run(
	recognizer: Recognizer,
	text: string,
	dct = '1998-01-08',
	extra: { statedDays?: string[]; previous?: string } = {},
) {
	const sentence: Sentence = { start: 0, end: text.length, text, kind: 'body', paragraph: 0 };
	const day = parseYmd(dct)!;
	return recognizer(sentence).map((c) => {
		const r = c.resolve({
			dct: day,
			tense: tenseAround(text, c.start, c.end),
			documentText: text,
			sentence,
			statedDays: extra.statedDays ?? [],
			...(extra.previous ? { reference: { value: extra.previous, narrative: false } } : {}),
		});
		return {
			text: c.text,
			start: c.start,
			end: c.end,
			type: c.type,
			value: r?.value,
			certain: r?.certain,
			mod: r?.mod,
			placement: r?.placement,
		};
	});
}
