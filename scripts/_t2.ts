import { tagSentence } from '../src/extract/nlp/tagSentence.ts';
const s = process.argv[2]!;
const t = tagSentence(s);
console.log(t.map((x) => `${x.text}/${x.pos}@${x.start}${s.slice(x.start, x.end) === x.text ? '' : '!!'}`).join(' '));
