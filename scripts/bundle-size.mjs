// Prints the gzipped size of every production script in dist/assets and their total, writes
// reports/bundle-size.json, and exits non-zero when the total is over the budget.
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
const total = files.reduce((sum, f) => sum + f.gzip, 0);
for (const f of files) console.log(`bundle-size: ${f.name} ${kb(f.bytes)} → ${kb(f.gzip)} gzipped`);
const within = total <= BUDGET_BYTES;
console.log(
	`bundle-size: total ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)}) ${within ? 'OK' : 'OVER BUDGET'}`,
);

mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/bundle-size.json',
	`${JSON.stringify({ files, totalGzipBytes: total, budgetBytes: BUDGET_BYTES, within }, null, '\t')}\n`,
);
process.exit(within ? 0 : 1);
