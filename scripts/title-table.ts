/**
 * Each event's title beside the sentence it comes from, as a markdown table, for reading titles
 * the way a reader meets them. Usage: npx tsx scripts/title-table.ts [--dct YYYY-MM-DD] FILE…
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractDocument } from '../src/extract/pipeline.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--dct');
const dct = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (!args.length) {
	console.error('usage: npx tsx scripts/title-table.ts [--dct YYYY-MM-DD] FILE…');
	process.exit(2);
}

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

console.log('| # | article | date | title | sentence |');
console.log('| ---: | --- | --- | --- | --- |');
let n = 0;
for (const file of args) {
	const text = readFileSync(file, 'utf8');
	const { events, document } = extractDocument(
		{ id: basename(file).replace(/\W+/g, '-'), path: file, text },
		dct ? { dct } : {},
	);
	for (const e of events) {
		const source = e.sources[0];
		const sentence = source
			? document.text.slice(source.sentenceStart, source.sentenceEnd)
			: e.summary;
		console.log(
			`| ${++n} | ${cell(basename(file))} | ${e.start} | ${cell(e.title)} | ${cell(sentence)} |`,
		);
	}
}
