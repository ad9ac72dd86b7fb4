import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractTimeline } from '../extract/pipeline.ts';
import { validateTimeline } from '../timeline.ts';
import { parseArgs } from './args.ts';
import { formatSummary } from './formatSummary.ts';
import { readArticles } from './readArticles.ts';
import { undatedWarnings } from './undatedWarnings.ts';
import { usage } from './usage.ts';
import { writeAtomic } from './writeAtomic.ts';

/** Where the CLI reads and prints; a parameter so tests can run it in a temporary directory. */
export interface CliContext {
	cwd: string;
	stdout: (line: string) => void;
	stderr: (line: string) => void;
	/** The extractor; replaceable so tests can check how the CLI treats a broken result. */
	extract?: typeof extractTimeline;
}

/** Exit codes: 0 written, 1 bad command line or input, 2 a bug (the extractor failed). */
export const EXIT = { ok: 0, badInput: 1, bug: 2 } as const;

function outputProblem(out: string, cwd: string): string | undefined {
	try {
		if (statSync(resolve(cwd, out)).isDirectory()) return `--out ${out}: is a directory`;
	} catch {
		// A missing output is the usual case: it will be created.
	}
	return undefined;
}

/**
 * Runs `extract` for `argv`: reads the articles, extracts, validates, writes the timeline
 * atomically and returns the exit code. Writes nothing unless every step succeeded, so a failed
 * run leaves an existing output untouched.
 */
export function runExtract(argv: readonly string[], ctx: CliContext): number {
	const { cwd, stdout, stderr, extract = extractTimeline } = ctx;
	const args = parseArgs(argv);
	if (!args.ok) {
		args.errors.forEach((e) => stderr(`error: ${e}`));
		return EXIT.badInput;
	}
	const { options } = args;
	if (options.help) {
		stdout(usage);
		return EXIT.ok;
	}

	const { articles, problems } = readArticles(options.paths, cwd);
	const outProblem = outputProblem(options.out, cwd);
	if (outProblem) problems.push(outProblem);
	if (problems.length) {
		problems.forEach((p) => stderr(`error: ${p}`));
		stderr(`nothing written (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
		return EXIT.badInput;
	}

	let result: ReturnType<typeof extractTimeline>;
	try {
		result = extract(articles, options.dct === undefined ? {} : { dct: options.dct });
	} catch (error) {
		stderr(`bug: the extractor failed: ${(error as Error)?.stack ?? String(error)}`);
		stderr('nothing written');
		return EXIT.bug;
	}
	const valid = validateTimeline(result.timeline);
	if (!valid.ok) {
		stderr('bug: the extractor produced a timeline that breaks the JSON contract:');
		valid.errors.forEach((e) => stderr(`  ${e}`));
		stderr('nothing written');
		return EXIT.bug;
	}

	// Write the extractor's own object: the validator's copy drops fields the schema does not list.
	try {
		writeAtomic(resolve(cwd, options.out), `${JSON.stringify(result.timeline, null, '\t')}\n`);
	} catch (error) {
		stderr(`error: cannot write ${options.out}: ${(error as Error).message}`);
		return EXIT.badInput;
	}
	const warnings = [...result.warnings, ...undatedWarnings(valid.timeline)];
	warnings.forEach((w) => stderr(`warning: ${w}`));
	stdout(formatSummary(valid.timeline, warnings.length, options.out));
	return EXIT.ok;
}
