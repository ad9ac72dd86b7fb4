// Runs every test runner (Vitest, then Playwright), then prints one closing line that sums them,
// because CI reads only the final `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
	return r.status ?? 1;
}

/** @param {string} file */
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

const vitestReport = 'reports/vitest.json';
const playwrightReport = 'reports/playwright.json';
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

const bin = (name) => `node_modules/.bin/${name}`;
const unitStatus = run(bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestReport}`,
]);
const e2eStatus = run(bin('playwright'), ['test']);

let passed = 0;
let failed = 0;
const unit = readJson(vitestReport);
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
} else {
	console.error('Vitest wrote no report: counting the unit run as one failure.');
	failed += 1;
}
const e2e = existsSync(playwrightReport) ? readJson(playwrightReport) : undefined;
if (e2e?.stats) {
	// A flaky test passed on its retry; it is reported by Playwright's own list above.
	passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
	failed += e2e.stats.unexpected ?? 0;
} else {
	console.error('Playwright wrote no report: counting the browser run as one failure.');
	failed += 1;
}
if (unitStatus !== 0 && failed === 0) failed += 1;
if (e2eStatus !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
