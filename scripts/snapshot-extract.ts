/**
 * Writes everything the extractor returns for a fixed set of texts as JSON lines, so a change that
 * must not alter output (a speed-up, a refactor) can be proved identical with `cmp`.
 * Usage: npx tsx scripts/snapshot-extract.ts OUT.jsonl [CORPUS_DIR] [--synthetic]
 *   CORPUS_DIR defaults to ../shared/corpora/tbaq; its .tml files are read as scripts/eval.ts reads
 *   them, each once with its creation time as dct and once without (the inferred-date path).
 *   The seeds (seeds/*.txt) are read as the CLI reads them: no dct, the dateline decides.
 *   --synthetic adds a few bench-like articles built from the templates of scripts/bench-extract.ts.
 * Then: cmp /tmp/snap-before.jsonl /tmp/snap-after.jsonl
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractOptions } from '../src/extract/pipeline.ts';
import { listTml, parseTml } from './eval.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
if (!out) {
	console.error('usage: tsx scripts/snapshot-extract.ts OUT.jsonl [CORPUS_DIR] [--synthetic]');
	process.exit(2);
}
const corpus = args.filter((a) => !a.startsWith('--'))[1] ?? '../shared/corpora/tbaq';

const lines: string[] = [];
const snap = (name: string, text: string, options: ExtractOptions) => {
	const result = extractDocument({ id: 'doc', path: name, text }, options);
	lines.push(JSON.stringify({ name, options, result }));
};

for (const file of listTml(corpus)) {
	const doc = parseTml(file, readFileSync(file, 'utf8'));
	snap(file, doc.text, { dct: doc.dct });
	snap(`${file} (no dct)`, doc.text, {});
}
for (const name of readdirSync('seeds')
	.filter((n) => n.endsWith('.txt'))
	.sort())
	snap(name, readFileSync(join('seeds', name), 'utf8'), {});
if (args.includes('--synthetic')) {
	// Sentences shaped like the bench's, fixed here so the snapshot never depends on its generator.
	const text = [
		'Putin marks the armistice',
		'Putin said on Monday that the Korean War had changed the region. The invasion began on 4 May 1950 and ended on July 27, 1953. Officials marked the 70th anniversary of the armistice on Thursday. The war had been going on for more than 500 days, Shoigu said. In 2022, the Kremlin sold 300 rockets and 20,000 artillery rounds. NATO will visit Seoul next Friday, three weeks after the summit. Talks resumed 12 years ago, in the spring of 2011, and stalled by late March. Prices rose 3.5% between March 2019 and June 2020. Since the 1950s, Pyongyang has held a parade every July 27. "We will never forget," said Kim Jong Un, at 10:30 a.m. on 2023-07-27. The UN spoke last week and again yesterday; 40 soldiers attended. From 1990 to 1994 the talks went nowhere.outbreak.Seoul left early. The 1950war left 900 dead, and on Tuesday, June 25, Gen. Shoigu laid a wreath 🇰🇵.',
	].join('\n');
	snap('synthetic', text, { dct: '2023-07-28' });
	snap('synthetic (no dct)', text, {});
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} results to ${out}`);
