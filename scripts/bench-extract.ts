/**
 * Extraction throughput: our extractDocument against chrono-node's own parse on the same synthetic
 * news text, in one process so both see the same machine load. Prints a table and writes
 * reports/bench-extract.json. Usage: npm run bench:extract -- [--mb 2] [--reps 5] [--budget 60]
 * (--budget: seconds the slower extractor may take in total; the text shrinks to fit)
 */
import * as chrono from 'chrono-node';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extractDocument } from '../src/extract/pipeline.ts';

const DCT = '2023-07-28';
const SEED = 20230727;

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const value = i === -1 ? NaN : Number(process.argv[i + 1]);
	return Number.isFinite(value) && value > 0 ? value : fallback;
}
const TARGET_MB = option('mb', 2);
const REPS = Math.round(option('reps', 5));
const BUDGET_S = option('budget', 60);

/** mulberry32: tiny, fast and deterministic, so every run benches the same text. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' ',
	);
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const NAMES = [
	'Putin',
	'Kim Jong Un',
	'Shoigu',
	'the Kremlin',
	'Seoul',
	'Pyongyang',
	'the UN',
	'NATO',
];
const EVENTS = [
	'the Korean War',
	'the armistice',
	'the invasion',
	'the summit',
	'the parade',
	'the ceasefire',
];
const TEMPLATES = [
	'{name} said on {weekday} that {event} had changed the region.',
	'{event} began on {day} {month} {year} and ended on {month} {day}, {year2}.',
	'Officials marked the {ordinal} anniversary of {event} on {weekday}.',
	'The war had been going on for more than {n} days, {name} said.',
	'In {year}, {name} sold {n} rockets and {n2},000 artillery rounds.',
	'{name} will visit {name2} next {weekday}, three weeks after {event}.',
	'Talks resumed {n} years ago, in the spring of {year}, and stalled by late {month}.',
	'Prices rose {n}.{n2}% between {month} {year} and {month2} {year2}.',
	'Since the {decade}s, {name} has held a parade every {month} {day}.',
	'"We will never forget," said {name}, at 10:30 a.m. on {year}-{mm}-{dd}.',
	'{name} spoke last week and again yesterday; {n} soldiers attended.',
	'From {year} to {year2} the talks went nowhere.outbreak.{name} left early.',
	'The {year}war left {n} dead, and on {weekday}, {month} {day}, Gen. {name} laid a wreath 🇰🇵.',
];

function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** About `mb` MB of news-like articles (headline line, then a paragraph), the same every run. */
function syntheticNews(mb: number): string[] {
	const random = prng(SEED);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
	const fill = (template: string) => {
		// One year per sentence, so a span's end never precedes its start.
		const year = int(1900, 2030);
		const filled = template.replace(/\{(\w+)\}/g, (_, key: string) => {
			const values: Record<string, () => string> = {
				name: () => pick(NAMES),
				name2: () => pick(NAMES),
				event: () => pick(EVENTS),
				weekday: () => pick(WEEKDAYS),
				month: () => pick(MONTHS),
				month2: () => pick(MONTHS),
				day: () => String(int(1, 28)),
				year: () => String(year),
				year2: () => String(year + int(0, 5)),
				decade: () => String(int(190, 202) * 10),
				ordinal: () => ordinal(int(1, 100)),
				n: () => String(int(2, 999)),
				n2: () => String(int(1, 99)),
				mm: () => String(int(1, 12)).padStart(2, '0'),
				dd: () => String(int(1, 28)).padStart(2, '0'),
			};
			return values[key]?.() ?? key;
		});
		return filled.charAt(0).toUpperCase() + filled.slice(1);
	};
	const parts: string[] = [];
	let size = 0;
	while (size < mb * 1e6) {
		const sentences = Array.from({ length: int(6, 14) }, () => fill(pick(TEMPLATES)));
		const article = `${fill('{name} marks {event}')}\n${sentences.join(' ')}\n`;
		parts.push(article);
		size += article.length;
	}
	return parts;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Measurement {
	name: string;
	mb: number;
	runsMs: number[];
	medianMs: number;
	mbPerS: number;
	found: number;
}

type Extractor = (text: string) => number;

const mbOf = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const each = (run: Extractor) => (texts: string[]) => texts.reduce((n, t) => n + run(t), 0);

/**
 * `reps` timed runs of each extractor over every text, taking turns so both see the same swings
 * in machine load; `found` counts results so the work cannot be optimised away.
 */
function measure(texts: string[], reps: number): Measurement[] {
	const mb = mbOf(texts);
	const runs = extractors.map(() => [] as number[]);
	const found = extractors.map(() => 0);
	for (let i = 0; i < reps; i++)
		extractors.forEach(([, run], k) => {
			const t0 = performance.now();
			found[k] = each(run)(texts);
			runs[k]?.push(performance.now() - t0);
		});
	return extractors.map(([name], k) => {
		const runsMs = runs[k] ?? [];
		const medianMs = median(runsMs);
		return { name, mb, runsMs, medianMs, mbPerS: mb / (medianMs / 1000), found: found[k] ?? 0 };
	});
}

const ours: Extractor = (text) =>
	extractDocument({ id: 'bench', path: 'bench.txt', text }, { dct: DCT }).document.mentions.length;
const refDate = new Date(`${DCT}T12:00:00Z`);
const theirs: Extractor = (text) => chrono.parse(text, refDate).length;
const extractors = [
	['dateline extractDocument', ours],
	['chrono.parse', theirs],
] as const;

const all = syntheticNews(TARGET_MB);
// Warm the JIT up first, or the calibration below would see cold code and shrink the corpus too much.
for (const [, run] of extractors) each(run)(all.slice(0, 50));
// Calibrate on a twentieth of the articles so a slow extractor shrinks the corpus instead of
// running for an hour.
const probe = all.slice(0, Math.ceil(all.length / 20));
const probeS = Math.max(
	...extractors.map(([, run]) => {
		const t0 = performance.now();
		each(run)(probe);
		return (performance.now() - t0) / 1000;
	}),
);
const scale = Math.min(1, BUDGET_S / ((probeS * all.length * REPS) / probe.length));
const articles = all.slice(0, Math.max(1, Math.floor(all.length * scale)));
if (scale < 1)
	console.log(
		`benching ${articles.length} of ${all.length} articles to stay within ~${BUDGET_S} s`,
	);

// Both extractors slow down faster than the text grows, so one huge document would measure that
// growth, not throughput; articles are what the CLI reads. A short series shows the growth.
const perArticle = measure(articles, REPS);
const joined = articles.join('\n');
const scaling: { chars: number; name: string; ms: number; mbPerS: number }[] = [];
for (const chars of [16_000, 64_000, 256_000]) {
	const text = joined.slice(0, chars);
	for (const m of measure([text], 1))
		scaling.push({ chars: text.length, name: m.name, ms: m.medianMs, mbPerS: m.mbPerS });
	// Growth is worse than linear: after a 15 s run, the next size (4× longer) would take minutes.
	if (scaling.some((r) => r.ms > 15_000)) break;
}

const [a, b] = perArticle as [Measurement, Measurement];
const ratio = a.mbPerS / b.mbPerS;
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
console.log(
	`\nThroughput on ${articles.length} synthetic articles, ${a.mb.toFixed(2)} MB (seed ${SEED}, dct ${DCT}, median of ${REPS} after a warm-up)\n`,
);
row(['extractor', 'median ms', 'MB/s', 'results']);
row(['---', '---:', '---:', '---:']);
for (const r of perArticle) row([r.name, r.medianMs.toFixed(0), r.mbPerS.toFixed(3), r.found]);
console.log(
	`\nratio ours / chrono: ${ratio.toFixed(3)}\n\nOne document of growing size (one run each):\n`,
);
row(['chars', 'extractor', 'ms', 'MB/s']);
row(['---:', '---', '---:', '---:']);
for (const r of scaling) row([r.chars, r.name, r.ms.toFixed(0), r.mbPerS.toFixed(3)]);

mkdirSync('reports', { recursive: true });
const report = {
	date: new Date().toISOString(),
	node: process.version,
	cpus: cpus().length,
	cpu: cpus()[0]?.model,
	seed: SEED,
	dct: DCT,
	reps: REPS,
	requestedMb: TARGET_MB,
	generatedMb: mbOf(all),
	articles: articles.length,
	reducedForTime: scale < 1,
	results: perArticle,
	ratioOursToChrono: ratio,
	singleDocumentScaling: scaling,
};
writeFileSync('reports/bench-extract.json', `${JSON.stringify(report, null, '\t')}\n`);
console.log('\nwrote reports/bench-extract.json');
