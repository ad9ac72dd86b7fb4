/**
 * Scores the extractor on a TimeML corpus (TempEval-3 task A): relaxed and strict span P/R/F1,
 * type F1 and value F1, overall and per TIMEX3 type, and the most common misses.
 * Usage: npm run eval -- ../shared/corpora/tbaq [--limit N] [--verbose]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/pipeline.ts';
import { repairText, toOriginalOffset } from '../src/extract/repair.ts';

export interface Span {
	start: number;
	end: number;
	text: string;
	type: string;
	value: string;
}
export interface GoldDocument {
	id: string;
	dct: string;
	text: string;
	timexes: Span[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
		if (e[0] === '#')
			return String.fromCodePoint(
				e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
			);
		return ENTITIES[e.toLowerCase()] ?? all;
	});
}

export function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = decodeEntities(m[2]!);
	return out;
}

/** Parses a .tml file: DCT, plain text of <TEXT> with tags stripped, and gold TIMEX3 spans. */
export function parseTml(id: string, xml: string): GoldDocument {
	const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
	const dct = (attributes(dctTag).value ?? '').slice(0, 10);
	const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
	let text = '';
	const timexes: Span[] = [];
	let open: { start: number; attrs: Record<string, string> } | null = null;
	let last = 0;
	for (const m of body.matchAll(/<[^>]+>/g)) {
		text += decodeEntities(body.slice(last, m.index));
		last = m.index + m[0].length;
		if (/^<TIMEX3\b/.test(m[0])) open = { start: text.length, attrs: attributes(m[0]) };
		else if (/^<\/TIMEX3>/.test(m[0]) && open) {
			timexes.push({
				start: open.start,
				end: text.length,
				text: text.slice(open.start),
				type: open.attrs.type ?? '',
				value: open.attrs.value ?? '',
			});
			open = null;
		}
	}
	text += decodeEntities(body.slice(last));
	return { id, dct, text, timexes };
}

/** The extractor's mentions, with offsets mapped back to the original text. */
export function systemSpans(doc: GoldDocument): Span[] {
	const repaired = repairText(doc.text);
	const result = extractDocument({ id: 'doc', path: doc.id, text: doc.text }, { dct: doc.dct });
	return result.document.mentions.map((m) => {
		const start = toOriginalOffset(repaired, m.start);
		const end = toOriginalOffset(repaired, m.end);
		return { start, end, text: doc.text.slice(start, end), type: m.type, value: m.value };
	});
}

export interface Tally {
	gold: number;
	system: number;
	relaxed: number;
	strict: number;
	typeOk: number;
	valueOk: number;
	/** System spans of this type that matched a gold span (for per-type precision). */
	systemMatched: number;
}

export const emptyTally = (): Tally => ({
	gold: 0,
	system: 0,
	relaxed: 0,
	strict: 0,
	typeOk: 0,
	valueOk: 0,
	systemMatched: 0,
});

/** Pairs gold and system spans one-to-one by overlap (most overlap first). */
export function align(gold: Span[], system: Span[]): Array<[Span, Span | undefined]> {
	const used = new Set<number>();
	return gold.map((g) => {
		let best = -1;
		let bestOverlap = 0;
		system.forEach((s, i) => {
			const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
			if (!used.has(i) && overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
		});
		if (best >= 0) used.add(best);
		return [g, best >= 0 ? system[best] : undefined];
	});
}

export function scores(t: Tally) {
	const f = (hits: number, systemHits = hits) => {
		const p = t.system ? systemHits / t.system : 0;
		const r = t.gold ? hits / t.gold : 0;
		return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
	};
	const relaxed = f(t.relaxed, t.systemMatched);
	const strict = f(t.strict);
	const share = (ok: number) => (t.relaxed ? (ok / t.relaxed) * relaxed.f1 : 0);
	return { counts: t, relaxed, strict, typeF1: share(t.typeOk), valueF1: share(t.valueOk) };
}

export function listTml(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((e) =>
			e.isDirectory()
				? listTml(join(dir, e.name))
				: e.name.endsWith('.tml')
					? [join(dir, e.name)]
					: [],
		)
		.sort();
}

/**
 * The corpus files and flags of a scoring run (`DIR [--limit N] [--verbose]`), or null after saying
 * why the run is skipped: the corpora are not in the repository.
 */
export function corpusRun(
	argv: string[],
	name: string,
): { dir: string; files: string[]; verbose: boolean } | null {
	const dir = argv.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
	const limitAt = argv.indexOf('--limit');
	const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
	if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
		console.log(`${name} skipped: corpus directory ${dir ?? '(none given)'} not found`);
		return null;
	}
	return { dir, files: listTml(dir).slice(0, limit), verbose: argv.includes('--verbose') };
}

/** The text around a span on one line, the span in brackets, for reading misses in place. */
function context(text: string, span: Span, width = 110): string {
	const flat = (t: string) => t.replace(/\s+/g, ' ');
	const before = flat(text.slice(Math.max(0, span.start - width), span.start));
	const after = flat(text.slice(span.end, span.end + width / 2));
	return `…${before}[${flat(text.slice(span.start, span.end))}]${after}…`;
}

const phraseKey = (text: string) =>
	text
		.toLowerCase()
		.replace(/^(?:the|a|an)\s+/, '')
		.replace(/[.,]$/, '');
const shapeOf = (value: string) => value.replace(/\d/g, '9');

/**
 * For each gold phrase (lower case, no article), the shapes of value the corpus gives it
 * ("last week" → 9999-W99, 9999-WXX, P1W): where a phrase has several, a miss that takes one of
 * the others is a disagreement among annotators rather than a plain error.
 */
export function goldShapes(docs: GoldDocument[]): Map<string, Set<string>> {
	const shapes = new Map<string, Set<string>>();
	for (const doc of docs)
		for (const g of doc.timexes) {
			const key = phraseKey(g.text);
			(shapes.get(key) ?? shapes.set(key, new Set()).get(key)!).add(shapeOf(g.value));
		}
	return shapes;
}

/** Whether a wrong value has a shape the gold gives the same phrase elsewhere. */
export function disputed(gold: Span, value: string, shapes: Map<string, Set<string>>): boolean {
	const known = shapes.get(phraseKey(gold.text));
	return known !== undefined && known.size > 1 && known.has(shapeOf(value));
}

function main(argv: string[]): void {
	const run = corpusRun(argv, 'eval');
	if (!run) return;
	const { dir, files, verbose } = run;
	const total = emptyTally();
	const byType: Record<string, Tally> = {};
	const misses = new Map<string, { count: number; gold: string; got: string }>();
	const tallyOf = (type: string) => (byType[type] ??= emptyTally());
	const docs = files.map((file) => parseTml(file, readFileSync(file, 'utf8')));
	const shapes = goldShapes(docs);
	let wrongValues = 0;
	let disputedValues = 0;
	for (const doc of docs) {
		const system = systemSpans(doc);
		total.gold += doc.timexes.length;
		total.system += system.length;
		for (const s of system) tallyOf(s.type).system++;
		const pairs = align(doc.timexes, system);
		for (const [g, s] of pairs) {
			const t = tallyOf(g.type);
			t.gold++;
			const hit = s !== undefined;
			const strictHit = hit && s.start === g.start && s.end === g.end;
			const typeOk = hit && s.type === g.type;
			const valueOk = hit && s.value === g.value;
			for (const x of [total, t]) {
				x.relaxed += Number(hit);
				x.strict += Number(strictHit);
				x.typeOk += Number(typeOk);
				x.valueOk += Number(valueOk);
			}
			if (s) {
				total.systemMatched++;
				tallyOf(s.type).systemMatched++;
			}
			if (hit && !valueOk) {
				wrongValues++;
				disputedValues += Number(disputed(g, s.value, shapes));
			}
			if (!valueOk) {
				const key = `${g.text.toLowerCase()} → ${g.value}`;
				const m = misses.get(key) ?? {
					count: 0,
					gold: `"${g.text}" ${g.type} ${g.value}`,
					got: '',
				};
				m.count++;
				m.got = s ? `"${s.text}" ${s.type} ${s.value}` : 'missed';
				misses.set(key, m);
			}
			if (verbose && !valueOk)
				console.log(
					`${doc.id}: gold "${g.text}" ${g.value} (dct ${doc.dct}) got ${s ? `"${s.text}" ${s.value}` : 'nothing'}\n\t${context(doc.text, g)}`,
				);
		}
		if (verbose) {
			const matched = new Set(pairs.map(([, s]) => s));
			for (const s of system)
				if (!matched.has(s))
					console.log(
						`${doc.id}: spurious "${s.text}" ${s.type} ${s.value}\n\t${context(doc.text, s)}`,
					);
		}
	}
	const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
	const line = (name: string, t: Tally) => {
		const s = scores(t);
		return `${name.padEnd(9)} gold ${String(t.gold).padStart(5)} sys ${String(t.system).padStart(5)}  relaxed P ${pct(s.relaxed.p)} R ${pct(s.relaxed.r)} F1 ${pct(s.relaxed.f1)}  strict F1 ${pct(s.strict.f1)}  type F1 ${pct(s.typeF1)}  value F1 ${pct(s.valueF1)}`;
	};
	console.log(`${files.length} documents from ${dir}`);
	console.log(line('overall', total));
	for (const type of Object.keys(byType).sort()) console.log(line(type, byType[type]!));
	console.log(
		`wrong values on matched spans: ${wrongValues}, of which ${disputedValues} take a shape the gold gives the same phrase elsewhere`,
	);
	const top = [...misses.values()].sort((a, b) => b.count - a.count).slice(0, 10);
	console.log('most common misses (gold → got):');
	for (const m of top) console.log(`  ${String(m.count).padStart(3)}× ${m.gold} → ${m.got}`);
	mkdirSync('reports', { recursive: true });
	const perType = Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, scores(v)]));
	writeFileSync(
		'reports/eval.json',
		JSON.stringify(
			{
				corpus: dir,
				documents: files.length,
				overall: scores(total),
				perType,
				wrongValues,
				disputedValues,
				misses: top,
			},
			null,
			'\t',
		) + '\n',
	);
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) main(process.argv.slice(2));
