import { describe, expect, it } from 'vitest';
import { toTimeMl } from '../../src/formats/timeMl.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { undatedSample } from '../fixtures/formats/undatedSample.ts';

const document = sample.documents[0]!;
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

describe('toTimeMl', () => {
	const xml = toTimeMl(document);
	const dom = parse(xml);

	it('is well-formed XML with a TimeML root', () => {
		expect(dom.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(dom.documentElement.nodeName).toBe('TimeML');
	});

	it('states the creation time in DCT', () => {
		const dct = dom.querySelector('DCT > TIMEX3')!;
		expect(dct.getAttribute('value')).toBe('2021-08-02');
		expect(dct.getAttribute('functionInDocument')).toBe('CREATION_TIME');
	});

	it('wraps each mention in a TIMEX3 whose text, type and value are the mention’s', () => {
		const timexes = [...dom.querySelectorAll('TEXT > TIMEX3')];
		expect(timexes.map((t) => t.textContent)).toEqual(document.mentions.map((m) => m.text));
		expect(timexes.map((t) => t.getAttribute('type'))).toEqual(
			document.mentions.map((m) => m.type),
		);
		expect(timexes.map((t) => t.getAttribute('value'))).toEqual(
			document.mentions.map((m) => m.value),
		);
		expect(timexes.map((t) => t.getAttribute('tid'))).toEqual(timexes.map((_, i) => `t${i + 1}`));
		expect(timexes[6]!.getAttribute('mod')).toBe('MORE_THAN');
	});

	it('keeps the whole article text, markup included, as text', () => {
		expect(dom.querySelector('TEXT')!.textContent).toBe(document.text);
		expect(dom.querySelector('TITLE')!.textContent).toBe(document.title);
	});

	it('leaves out a mention that overlaps the one before, since TIMEX3 cannot nest', () => {
		const [first, second] = document.mentions;
		const overlapping = {
			...document,
			mentions: [
				first!,
				{
					...first!,
					start: first!.start + 2,
					text: document.text.slice(first!.start + 2, first!.end),
				},
				second!,
			],
		};
		const texts = [...parse(toTimeMl(overlapping)).querySelectorAll('TEXT > TIMEX3')].map(
			(t) => t.textContent,
		);
		expect(texts).toEqual([first!.text, second!.text]);
	});

	it('replaces characters XML cannot hold instead of writing a broken file', () => {
		const withControl = { ...document, text: `${document.text}\u0007bell`, mentions: [] };
		expect(parse(toTimeMl(withControl)).getElementsByTagName('parsererror')).toHaveLength(0);
	});
});

describe('toTimeMl of an article of unknown date', () => {
	it('writes the unknown creation time as an underspecified TIMEX3 value', () => {
		const unknown = undatedSample.documents.find((d) => d.creationDate.value === null)!;
		const dom = parse(toTimeMl(unknown));
		expect(dom.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(dom.querySelector('DCT > TIMEX3')!.getAttribute('value')).toBe('XXXX-XX-XX');
	});
});
