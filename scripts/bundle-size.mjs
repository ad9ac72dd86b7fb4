// Prints the gzipped size of every production script in dist/assets, writes reports/bundle-size.json,
// and exits non-zero when the page's scripts are over the budget. Web Worker chunks (the extractor) are
// listed on their own and left out of the budget: the page never waits for them to start, they load
// only when an article is extracted in the browser.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 100 * 1024;
const dir = process.argv[2] ?? 'dist/assets';

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let names;
try {
	names = readdirSync(dir)
		.filter((name) => name.endsWith('.js'))
		.sort();
} catch {
	console.error(`bundle-size: no ${dir}; run \`npx vite build\` first.`);
	process.exit(2);
}
if (names.length === 0) {
	console.error(`bundle-size: no .js files in ${dir}.`);
	process.exit(2);
}

const files = names.map((name) => {
	const bytes = readFileSync(join(dir, name));
	return { name, bytes: bytes.length, gzip: gzipSync(bytes).length };
});
const isWorker = (/** @type {string} */ name) => /Worker-/.test(name);
const page = files.filter((f) => !isWorker(f.name));
const workers = files.filter((f) => isWorker(f.name));
const total = page.reduce((sum, f) => sum + f.gzip, 0);
const workerTotal = workers.reduce((sum, f) => sum + f.gzip, 0);
for (const f of files)
	console.log(
		`bundle-size: ${f.name}${isWorker(f.name) ? ' (worker)' : ''} ${kb(f.bytes)} → ${kb(f.gzip)} gzipped`,
	);
const within = total <= BUDGET_BYTES;
console.log(
	`bundle-size: page ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)}) ${within ? 'OK' : 'OVER BUDGET'}; worker ${kb(workerTotal)}`,
);

mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/bundle-size.json',
	`${JSON.stringify({ files, totalGzipBytes: total, workerGzipBytes: workerTotal, budgetBytes: BUDGET_BYTES, within }, null, '\t')}\n`,
);
process.exit(within ? 0 : 1);
