// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractTimeline } from '../../src/extract/pipeline.ts';
import { validateTimeline } from '../../src/timeline.ts';

/** Moderate so the suite stays fast; raise it (FC_NUM_RUNS=5000) to hunt for rarer failures. */
const NUM_RUNS = Number(process.env.FC_NUM_RUNS) || 150;

const MONTHS = ['January', 'Feb.', 'March', 'Sept', 'July', 'december', 'MAY'];
const WEEKDAYS = ['Monday', 'Thursday', 'Sat.', 'sunday', 'Wednesday'];
const FRAGMENTS = [
	'anniversary',
	'70th anniversary of the Korean War',
	'for more than 500 days',
	'1953war',
	'outbreak.North',
	'Commentsnone',
	'Victory Day',
	'last week',
	'yesterday',
	'three years ago',
	'the 1950s',
	'since 2014',
	'10:30 a.m.',
	'U.S.',
	'Gen.',
	'Dr.',
	'No. 7',
	'May I',
	'2000 soldiers',
	'12.5%',
	'2,000',
	'between 1950 and 1953',
	'from June 25, 1950, to July 27, 1953',
	'"',
	'“',
	'—',
	'...',
	'(',
	')',
	',',
	'.',
	'\n',
	'\n\n',
	'🇰🇵',
	'👍🏽',
	'𝟙𝟡𝟝𝟛',
	'\uD83D\uDE00',
	'\uD800',
	'\uDFFF',
	'\u200B',
	'e\u0301',
];

/** A calendar-ish date written one of the ways news text writes dates, valid or not. */
const writtenDate = fc
	.record({
		day: fc.integer({ min: 0, max: 32 }),
		month: fc.integer({ min: 0, max: 6 }),
		year: fc.integer({ min: 0, max: 2999 }),
		style: fc.integer({ min: 0, max: 4 }),
	})
	.map(({ day, month, year, style }) => {
		const name = MONTHS[month] ?? 'July';
		const mm = String(month + 1).padStart(2, '0');
		const dd = String(day).padStart(2, '0');
		return [
			`${day} ${name} ${year}`,
			`${name} ${day}, ${year}`,
			`${year}-${mm}-${dd}`,
			`${name} ${year}`,
			`${day}/${mm}/${year}`,
		][style] as string;
	});

/** Text built from the pieces that trip date extractors, glued or spaced at random. */
const newsLike = fc
	.array(
		fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
			{ weight: 3, arbitrary: writtenDate },
			{ weight: 2, arbitrary: fc.constantFrom(...WEEKDAYS, ...MONTHS) },
			{ weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }).map(String) },
			{
				weight: 2,
				arbitrary: fc.constantFrom('Putin', 'the war', 'said', 'on', 'in', 'North Korea'),
			},
			{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
		),
		{ maxLength: 40 },
	)
	.chain((parts) =>
		fc
			.array(fc.constantFrom(' ', '', '. ', '\n', ', '), {
				minLength: parts.length,
				maxLength: parts.length,
			})
			.map((seps) => parts.map((p, i) => p + (seps[i] ?? '')).join('')),
	);

const dct = fc.option(
	fc
		.date({
			min: new Date('1900-01-01T00:00:00Z'),
			max: new Date('2100-12-31T00:00:00Z'),
			noInvalidDate: true,
		})
		.map((d) => d.toISOString().slice(0, 10)),
	{ nil: undefined },
);

const generators = [
	['arbitrary graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
	['arbitrary code points', fc.string({ unit: 'binary', maxLength: 200 })],
	['news-like fragments', newsLike],
] as const;

function extract(text: string, date: string | undefined) {
	const input = { id: 'doc', path: 'doc.txt', text };
	return extractTimeline([input], date === undefined ? {} : { dct: date });
}

describe('the news-like generator', () => {
	it('produces dated events often enough for the source properties to mean something', () => {
		const texts = fc.sample(newsLike, { numRuns: 100, seed: 42 });
		const withEvents = texts.filter((t) => extract(t, '2023-07-27').timeline.events.length > 0);
		expect(withEvents.length).toBeGreaterThan(20);
	});
});

// A ceiling against hangs on a busy machine or with a large FC_NUM_RUNS, not a speed goal.
const HANG = { timeout: 120_000 };

describe.each(generators)('extraction on %s', HANG, (_, text) => {
	it('never throws', () => {
		fc.assert(
			fc.property(text, dct, (t, d) => {
				extractDocument({ id: 'doc', path: 'doc.txt', text: t }, d === undefined ? {} : { dct: d });
				extract(t, d);
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it('reports no internal failure, which the extractor would otherwise hide in a warning', () => {
		fc.assert(
			fc.property(text, dct, (t, d) => {
				expect(extract(t, d).warnings.filter((w) => /\bfailed\b/.test(w))).toEqual([]);
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it('gives mention offsets that slice exactly the mention text', () => {
		fc.assert(
			fc.property(text, dct, (t, d) => {
				for (const doc of extract(t, d).timeline.documents)
					for (const m of doc.mentions) {
						expect(m.start).toBeLessThanOrEqual(m.end);
						expect(doc.text.slice(m.start, m.end)).toBe(m.text);
					}
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it('keeps every source inside its document text, the phrase inside the sentence', () => {
		fc.assert(
			fc.property(text, dct, (t, d) => {
				const { timeline } = extract(t, d);
				const length = new Map(timeline.documents.map((doc) => [doc.id, doc.text.length]));
				for (const item of [...timeline.events, ...timeline.eras])
					for (const s of item.sources) {
						const n = length.get(s.document);
						expect(n).toBeDefined();
						expect(0 <= s.sentenceStart && s.sentenceStart <= s.sentenceEnd).toBe(true);
						expect(s.sentenceEnd).toBeLessThanOrEqual(n ?? -1);
						expect(s.sentenceStart <= s.phraseStart && s.phraseStart <= s.phraseEnd).toBe(true);
						expect(s.phraseEnd).toBeLessThanOrEqual(s.sentenceEnd);
					}
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it('always produces a timeline that validates', () => {
		fc.assert(
			fc.property(text, dct, (t, d) => {
				expect(validateTimeline(extract(t, d).timeline)).toMatchObject({ ok: true });
			}),
			{ numRuns: NUM_RUNS },
		);
	});

	it('gives the same output for the same input', () => {
		fc.assert(
			fc.property(text, dct, (t, d) => {
				expect(extract(t, d)).toEqual(extract(t, d));
			}),
			{ numRuns: NUM_RUNS },
		);
	});
});

describe('extraction of several articles', HANG, () => {
	const ids = fc.constantFrom('a', 'a', 'b', 'doc-1', 'a b', 'é', '');
	const articles = fc.array(fc.record({ id: ids, text: newsLike }), { minLength: 1, maxLength: 4 });

	it('gives a valid timeline with distinct ids even when article ids clash or are unsafe', () => {
		fc.assert(
			fc.property(articles, dct, (list, d) => {
				const inputs = list.map((a, i) => ({ ...a, path: `${i}.txt` }));
				const { timeline } = extractTimeline(inputs, d === undefined ? {} : { dct: d });
				expect(validateTimeline(timeline)).toMatchObject({ ok: true });
				expect(timeline.documents.map((doc) => doc.path)).toEqual(inputs.map((a) => a.path));
			}),
			{ numRuns: Math.ceil(NUM_RUNS / 3) },
		);
	});
});
