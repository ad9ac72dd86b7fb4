import { readClause } from '../src/extract/nlp/readClause.ts';
import { clauseTitle } from '../src/extract/events/clauseTitle.ts';
for (const arg of process.argv.slice(2)) {
  const [s, ph] = arg.split('|');
  const at = ph ? s!.indexOf(ph) : -1;
  const r = readClause(s!, at >= 0 ? { start: at, end: at + ph!.length } : undefined);
  console.log(JSON.stringify(r), '\n  =>', at >= 0 ? clauseTitle(s!, at, at + ph!.length) : '');
}
