/**
 * Which English NLP library to build titles on: wink-nlp (with wink-eng-lite-web-model) against
 * compromise, on the same 60 news-style sentences written for this comparison. For each sentence
 * the gold answer is the head of the main clause's predicate, the word a title is built around.
 * Both libraries' tags go through one shared main-verb finder, so the score measures the tagging,
 * not two different grammars. Prints accuracy, speed and bundle size (gzip of an esbuild bundle).
 * Usage: npx tsx scripts/compare-nlp.ts [--bundle]   (--bundle needs the packages installed)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** [sentence, head of the main predicate, which occurrence of it when it repeats (0 = first)] */
const GOLD: Array<[string, string, number?]> = [
	['The council approved the budget on Tuesday.', 'approved'],
	['Under the agreement, the carrier will buy 40 jets from the planemaker.', 'buy'],
	['Under the deal, the union agreed to freeze wages until 2027.', 'agreed'],
	[
		'The airline, which had made the renewal of its regional fleet a priority, ordered 20 jets.',
		'ordered',
	],
	['“We are pleased with the result,” the minister said on Friday.', 'said'],
	['"I have great confidence that Maria will lead us well," the chairman told reporters.', 'told'],
	[
		'With a strong line of tractors and harvesters and a new plant, the company doubled its sales.',
		'doubled',
	],
	['The mayor said the bridge would reopen in May.', 'said'],
	['Police arrested two men after a fight outside the stadium.', 'arrested'],
	['Shares fell 4% after the bank cut its forecast.', 'fell'],
	['Prices rose sharply in March as fuel costs climbed.', 'rose'],
	['After the storm passed, residents returned to their homes.', 'returned'],
	['When the plant closed in 2019, 300 workers lost their jobs.', 'lost'],
	['The company plans to open a factory in Ohio next year.', 'plans'],
	['The government cuts taxes for small firms in the new budget.', 'cuts'],
	['The senator, who leads the finance committee, resigned on Monday.', 'resigned'],
	['Floods destroyed the old bridge in July.', 'destroyed'],
	['The bridge was destroyed by floods in July.', 'destroyed'],
	['A new hospital has opened in the northern district.', 'opened'],
	['The museum will reopen its doors to the public next spring.', 'reopen'],
	['Rescuers found the missing hikers on Sunday morning.', 'found'],
	['The president signed the bill into law on Wednesday.', 'signed'],
	['Voters rejected the proposal by a wide margin.', 'rejected'],
	['Officials expect the project to cost $2 billion.', 'expect'],
	['Exports to China increased by 12 percent last year.', 'increased'],
	['The team won its third title in five years.', 'won'],
	['Protesters marched through the capital on Saturday.', 'marched'],
	['Scientists discovered a new species of frog in the rainforest.', 'discovered'],
	['The central bank raised interest rates for the fifth time.', 'raised'],
	['The minister denied that she had misled parliament.', 'denied'],
	['Two people died when a bus overturned on the highway.', 'died'],
	['In 2015, the firm moved its headquarters to Denver.', 'moved'],
	['According to the report, sales slowed in the second quarter.', 'slowed'],
	['The strike, which began on March 3, ended after six weeks.', 'ended'],
	['The court ruled that the law was unconstitutional.', 'ruled'],
	['A fire broke out at a warehouse near the port late on Thursday.', 'broke'],
	['The coach, speaking after the match, praised his players.', 'praised'],
	['Investors welcomed the news, sending the index to a record high.', 'welcomed'],
	['The city council has approved plans for a new stadium.', 'approved'],
	['Lawmakers passed the measure despite strong opposition.', 'passed'],
	['The company reported a loss of $40 million for the quarter.', 'reported'],
	['Heavy rain caused flooding across the region.', 'caused'],
	['The ship sank off the coast of Norway in 1943.', 'sank'],
	['Negotiators reached a deal early on Sunday after talks through the night.', 'reached'],
	['The novel sold more than a million copies in its first year.', 'sold'],
	['Engineers completed the tunnel two months ahead of schedule.', 'completed'],
	['Her husband, a retired teacher, survives her.', 'survives'],
	['Record heat hit southern Europe in August.', 'hit'],
	['The factory produces 500 cars a day.', 'produces'],
	['The state set aside land for a national park in 1910.', 'set'],
	['Founded in 1998, the charity runs schools in three countries.', 'runs'],
	['The refugees, many of whom had walked for days, reached the border.', 'reached'],
	['Talks between the two sides broke down over the weekend.', 'broke'],
	['The army launched an offensive in the east.', 'launched'],
	['Turnout reached a record 78 percent.', 'reached'],
	['The tanker that ran aground in 1989 spilled millions of gallons of oil.', 'spilled'],
	['Rising costs forced the school to close.', 'forced'],
	['The report, published on Monday, blames poor maintenance.', 'blames'],
	['Oil prices surged after the attack on the refinery.', 'surged'],
	['Thousands of fans lined the streets to welcome the team home.', 'lined'],
];

export type Coarse = 'VERB' | 'AUX' | 'NOUN' | 'PRON' | 'SCONJ' | 'ADP' | 'PUNCT' | 'OTHER';
export interface Tok {
	text: string;
	pos: Coarse;
}

/**
 * The shared finder: skips quotations and a leading adverbial (up to its comma), then a relative
 * or parenthetical aside between commas, and takes the first verb after a nominal subject; an
 * auxiliary hands over to the verb it carries.
 */
function mainVerb(toks: Tok[]): number {
	let quoted = false;
	let seenSubject = false;
	let aside = false;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		if (/^["“”]$/.test(t.text)) {
			quoted = t.text === '”' ? false : t.text === '“' ? true : !quoted;
			continue;
		}
		if (quoted) continue;
		if (t.text === ',') {
			// A comma before any subject ends an opening adverbial; after one it opens an aside.
			if (seenSubject) aside = !aside;
			continue;
		}
		if (aside) continue;
		// An opening adverbial ("Under the deal,", "After the storm passed,", "Founded in 1998,")
		// runs to its comma.
		if (i === 0 && /^(?:ADP|SCONJ|VERB)$/.test(t.pos) && toks.some((x) => x.text === ',')) {
			while (i < toks.length && toks[i]!.text !== ',') i++;
			continue;
		}
		if (t.pos === 'NOUN' || t.pos === 'PRON') seenSubject = true;
		if ((t.pos === 'VERB' || t.pos === 'AUX') && seenSubject) {
			let j = i;
			while (toks[j]?.pos === 'AUX' && (toks[j + 1]?.pos === 'VERB' || toks[j + 1]?.pos === 'AUX'))
				j++;
			return j;
		}
	}
	return -1;
}

async function winkTagger(): Promise<(s: string) => Tok[]> {
	const { default: winkNLP } = await import('wink-nlp');
	const { default: model } = await import('wink-eng-lite-web-model');
	// Only the stages a title needs: sentence boundaries, parts of speech and negation.
	const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
	const its = nlp.its;
	const map: Record<string, Coarse> = {
		VERB: 'VERB',
		AUX: 'AUX',
		NOUN: 'NOUN',
		PROPN: 'NOUN',
		NUM: 'NOUN',
		PRON: 'PRON',
		SCONJ: 'SCONJ',
		ADP: 'ADP',
		PUNCT: 'PUNCT',
	};
	return (s) => {
		const tokens = nlp.readDoc(s).tokens();
		const texts: string[] = tokens.out();
		const tags: string[] = tokens.out(its.pos);
		return texts.map((text, i) => ({ text, pos: map[tags[i]!] ?? 'OTHER' }));
	};
}

async function compromiseTagger(): Promise<(s: string) => Tok[]> {
	const { default: nlp } = await import('compromise');
	const coarse = (tags: string[], text: string): Coarse => {
		if (/^[,"“”.;:!?]$/.test(text)) return 'PUNCT';
		if (tags.includes('Auxiliary') || tags.includes('Copula') || tags.includes('Modal'))
			return 'AUX';
		if (tags.includes('Verb')) return 'VERB';
		if (tags.includes('Pronoun')) return 'PRON';
		if (tags.includes('Noun') || tags.includes('Value')) return 'NOUN';
		if (/^(?:after|when|while|because|although|if|since|before|as)$/i.test(text)) return 'SCONJ';
		if (tags.includes('Preposition')) return 'ADP';
		return 'OTHER';
	};
	return (s) => {
		const out: Tok[] = [];
		const terms = (
			nlp(s).json() as Array<{
				terms: Array<{ text: string; pre: string; post: string; tags: string[] }>;
			}>
		).flatMap((x) => x.terms);
		for (const t of terms) {
			// compromise keeps punctuation in pre/post; split it back out so the finder sees it.
			for (const ch of t.pre.trim()) out.push({ text: ch, pos: 'PUNCT' });
			out.push({ text: t.text, pos: coarse(t.tags, t.text) });
			for (const ch of t.post.replace(/\s/g, '')) out.push({ text: ch, pos: 'PUNCT' });
		}
		return out;
	};
}

function score(name: string, tag: (s: string) => Tok[]) {
	let hits = 0;
	let tagged = 0;
	const misses: string[] = [];
	for (const [s, gold, nth = 0] of GOLD) {
		const toks = tag(s);
		const at = mainVerb(toks);
		const occurrences = toks.map((t, i) => (t.text === gold ? i : -1)).filter((i) => i >= 0);
		const goldAt = occurrences[nth] ?? -1;
		if (toks[goldAt]?.pos === 'VERB' || toks[goldAt]?.pos === 'AUX') tagged++;
		if (at === goldAt) hits++;
		else misses.push(`  ${toks[at]?.text ?? '∅'} ≠ ${gold}: ${s}`);
	}
	const t0 = performance.now();
	let n = 0;
	while (performance.now() - t0 < 2000) for (const [s] of GOLD) (tag(s), n++);
	const perS = n / ((performance.now() - t0) / 1000);
	console.log(
		`${name}: main verb ${hits}/${GOLD.length}, gold verb tagged as a verb ${tagged}/${GOLD.length}, ${perS.toFixed(0)} sentences/s`,
	);
	for (const m of misses) console.log(m);
}

/** gzip size of a minified ESM bundle that loads the library (and its model) and tags a sentence. */
function bundleSize(name: string, source: string): void {
	const dir = mkdtempSync(join(tmpdir(), 'nlp-size-'));
	writeFileSync(join(dir, 'entry.mjs'), source);
	execFileSync(
		'npx',
		[
			'esbuild',
			join(dir, 'entry.mjs'),
			'--bundle',
			'--minify',
			'--format=esm',
			`--outfile=${join(dir, 'out.js')}`,
		],
		{ stdio: 'ignore', cwd: process.cwd() },
	);
	const bytes = readFileSync(join(dir, 'out.js'));
	console.log(
		`${name}: ${(bytes.length / 1024).toFixed(0)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip`,
	);
}

score('wink-nlp + wink-eng-lite-web-model', await winkTagger());
score('compromise', await compromiseTagger());
if (process.argv.includes('--bundle')) {
	const root = process.cwd();
	bundleSize(
		'wink-nlp + wink-eng-lite-web-model',
		`import w from '${root}/node_modules/wink-nlp/src/wink-nlp.js'; import m from '${root}/node_modules/wink-eng-lite-web-model/dist/model.js'; const n = w(m); console.log(n.readDoc('a b').tokens().out(n.its.pos));`,
	);
	bundleSize(
		'compromise',
		`import nlp from '${root}/node_modules/compromise/src/three.js'; console.log(nlp('a b').json());`,
	);
}
