// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT, DEFAULT_OUT, parseArgs } from '../../src/cli/args.ts';

describe('parseArgs', () => {
	it('reads the seeds directory into the default output when given no arguments', () => {
		expect(parseArgs([])).toEqual({
			ok: true,
			options: { help: false, out: DEFAULT_OUT, paths: [DEFAULT_INPUT] },
		});
	});

	it.each([
		[['--dct', '2023-07-27', 'a.txt'], { dct: '2023-07-27', paths: ['a.txt'] }],
		[['--dct=2024-02-29'], { dct: '2024-02-29', paths: [DEFAULT_INPUT] }],
		[['--out', 'x/t.json', 'a', 'b'], { out: 'x/t.json', paths: ['a', 'b'] }],
		[['--out=t.json', 'dir'], { out: 't.json', paths: ['dir'] }],
		[['a.txt', '--dct', '2000-02-29', 'b.md'], { dct: '2000-02-29', paths: ['a.txt', 'b.md'] }],
		[['--', '--odd-name.txt'], { paths: ['--odd-name.txt'] }],
		[['-'], { paths: ['-'] }],
	])('accepts %j', (argv, expected) => {
		const result = parseArgs(argv);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.options).toMatchObject({ help: false, out: DEFAULT_OUT, ...expected });
	});

	it('leaves dct out when the flag is absent, so the extractor infers the date', () => {
		const result = parseArgs(['a.txt']);
		expect(result.ok && 'dct' in result.options).toBe(false);
	});

	it.each([
		[['--dct', '2023-02-30'], '--dct "2023-02-30" is not a calendar date: 2023-02 has 28 days'],
		[['--dct', '1900-02-29'], '--dct "1900-02-29" is not a calendar date: 1900-02 has 28 days'],
		[['--dct', '2023-04-31'], '--dct "2023-04-31" is not a calendar date: 2023-04 has 30 days'],
		[['--dct', '2023-13-01'], '--dct "2023-13-01" has no month 13'],
		[['--dct', '2023-00-10'], '--dct "2023-00-10" has no month 00'],
		[['--dct', '2023-07-00'], '--dct "2023-07-00" is not a calendar date: 2023-07 has 31 days'],
		[['--dct', 'yesterday'], '--dct "yesterday" is not a date in YYYY-MM-DD form'],
		[['--dct', '2023-7-27'], '--dct "2023-7-27" is not a date in YYYY-MM-DD form'],
		[['--dct', '27/07/2023'], '--dct "27/07/2023" is not a date in YYYY-MM-DD form'],
		[['--dct'], '--dct needs a value'],
		[['--dct='], '--dct needs a value'],
		[['--out', '--dct', '2023-01-01'], '--out needs a value'],
		[['--verbose'], 'unknown option "--verbose" (run with --help for usage)'],
		[['-x', 'a.txt'], 'unknown option "-x" (run with --help for usage)'],
		[['--colour=always'], 'unknown option "--colour" (run with --help for usage)'],
		[['--out', 'a.json', '--out', 'b.json'], '--out is given more than once'],
	])('rejects %j with a clear message', (argv, message) => {
		expect(parseArgs(argv)).toEqual({ ok: false, errors: [message] });
	});

	it('reports every problem on the command line in order, not only the first', () => {
		const result = parseArgs(['--bogus', '--dct', 'yesterday', '-q', 'a.txt']);
		expect(result).toEqual({
			ok: false,
			errors: [
				'unknown option "--bogus" (run with --help for usage)',
				'--dct "yesterday" is not a date in YYYY-MM-DD form',
				'unknown option "-q" (run with --help for usage)',
			],
		});
	});

	it('checks every --dct value, even a repeated one', () => {
		expect(parseArgs(['--dct', '2023-02-30', '--dct', 'yesterday'])).toEqual({
			ok: false,
			errors: [
				'--dct "2023-02-30" is not a calendar date: 2023-02 has 28 days',
				'--dct is given more than once',
				'--dct "yesterday" is not a date in YYYY-MM-DD form',
			],
		});
	});

	it.each([[['--help']], [['-h']], [['a.txt', '--help', '--bogus']]])(
		'asks for help with %j, even next to mistakes',
		(argv) => {
			const result = parseArgs(argv);
			expect(result.ok && result.options.help).toBe(true);
		},
	);
});
