/** Entry point of `npm run extract`; see usage.ts for the options. */
import { runExtract } from './runExtract.ts';

process.exitCode = runExtract(process.argv.slice(2), {
	cwd: process.cwd(),
	stdout: (line) => process.stdout.write(`${line}\n`),
	stderr: (line) => process.stderr.write(`${line}\n`),
});
