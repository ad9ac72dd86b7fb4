/** What the command line asked for, after checking. */
export interface CliOptions {
	/** Print usage and stop. */
	help: boolean;
	/** Document creation date for every article, `YYYY-MM-DD`; absent to let the extractor infer it. */
	dct?: string;
	/** Where the timeline JSON goes. */
	out: string;
	/** Article files and directories, in the order given. */
	paths: string[];
}

/** The options, or every problem with the command line, one readable line each. */
export type ArgsResult = { ok: true; options: CliOptions } | { ok: false; errors: string[] };

export const DEFAULT_OUT = 'public/timeline.json';
export const DEFAULT_INPUT = 'seeds';

const VALUE_FLAGS = new Set(['--dct', '--out']);

/** Days in a proleptic Gregorian month (1-based). */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `value` is not a real `YYYY-MM-DD` date, or undefined when it is one. */
function dateProblem(value: string): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return 'is not a date in YYYY-MM-DD form';
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (month < 1 || month > 12) return `has no month ${m[2]}`;
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return `is not a calendar date: ${m[1]}-${m[2]} has ${days} days`;
	return undefined;
}

/** Reads argv (without `node` and the script) into options; pure, never throws. */
export function parseArgs(argv: readonly string[]): ArgsResult {
	const errors: string[] = [];
	const values = new Map<string, string>();
	const paths: string[] = [];
	let help = false;
	let onlyPaths = false;

	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
			paths.push(arg);
			continue;
		}
		if (arg === '--') {
			onlyPaths = true;
			continue;
		}
		if (arg === '--help' || arg === '-h') {
			help = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const flag = eq === -1 ? arg : arg.slice(0, eq);
		if (!VALUE_FLAGS.has(flag)) {
			errors.push(`unknown option "${flag}" (run with --help for usage)`);
			continue;
		}
		let value: string | undefined;
		if (eq !== -1) value = arg.slice(eq + 1);
		else if (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--')) value = argv[++i];
		if (value === undefined || value === '') {
			errors.push(`${flag} needs a value`);
			continue;
		}
		if (values.has(flag)) errors.push(`${flag} is given more than once`);
		const problem = flag === '--dct' ? dateProblem(value) : undefined;
		if (problem) errors.push(`--dct "${value}" ${problem}`);
		values.set(flag, value);
	}

	const dct = values.get('--dct');

	// Help is asked for precisely when the user is unsure of the syntax, so it wins over errors.
	if (help) return { ok: true, options: { help, out: DEFAULT_OUT, paths: [] } };
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		options: {
			help,
			...(dct === undefined ? {} : { dct }),
			out: values.get('--out') ?? DEFAULT_OUT,
			paths: paths.length ? paths : [DEFAULT_INPUT],
		},
	};
}
