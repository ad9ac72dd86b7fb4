import { describe, expect, it } from 'vitest';
import { align, disputed, goldShapes, parseTml, scores } from '../../scripts/eval.ts';

const tml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Prices &amp; rates <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.</TEXT></TimeML>`;

describe('parseTml', () => {
	const doc = parseTml('x', tml);

	it('reads the creation date', () => {
		expect(doc.dct).toBe('1998-01-08');
	});

	it('strips tags, decodes entities and keeps gold spans on the plain text', () => {
		expect(doc.text).toBe('Prices & rates fell yesterday for a week.');
		expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
			['yesterday', 'DATE', '1998-01-07'],
			['a week', 'DURATION', 'P1W'],
		]);
	});
});

describe('scores', () => {
	it('computes relaxed, strict and value F1 the TempEval-3 way', () => {
		const gold = [{ start: 0, end: 9, text: 'yesterday', type: 'DATE', value: '1998-01-07' }];
		const system = [
			{ start: 0, end: 5, text: 'yeste', type: 'DATE', value: '1998-01-06' },
			{ start: 20, end: 25, text: 'other', type: 'DATE', value: '1998' },
		];
		const [[, match]] = align(gold, system) as [[unknown, unknown]];
		expect(match).toBe(system[0]);
		const s = scores({
			gold: 1,
			system: 2,
			relaxed: 1,
			strict: 0,
			typeOk: 1,
			valueOk: 0,
			systemMatched: 1,
		});
		expect(s.relaxed.p).toBe(0.5);
		expect(s.relaxed.r).toBe(1);
		expect(s.strict.f1).toBe(0);
		expect(s.valueF1).toBe(0);
		expect(s.typeF1).toBeCloseTo(2 / 3);
	});
});

describe('disputed', () => {
	const span = (text: string, value: string) => ({ start: 0, end: 1, text, type: 'DATE', value });
	const shapes = goldShapes([
		{
			id: 'a',
			dct: '1998-01-08',
			text: '',
			timexes: [
				span('last week', '1998-W01'),
				span('Last week', 'P1W'),
				span('May 1', '1998-05-01'),
			],
		},
	]);

	it('calls a wrong value disputed when the gold gives the same phrase that shape elsewhere', () => {
		expect(disputed(span('last week', 'P1W'), '1989-W42', shapes)).toBe(true);
	});

	it('calls it a plain error when the gold never writes the phrase that way', () => {
		expect(disputed(span('last week', '1998-W01'), 'PAST_REF', shapes)).toBe(false);
		expect(disputed(span('May 1', '1998-05-01'), '1997-05-01', shapes)).toBe(false);
	});
});
