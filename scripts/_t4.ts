import { readFileSync } from 'node:fs';
import { clauseTitle } from '../src/extract/events/clauseTitle.ts';
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean)) {
  const [s, ph] = line.split('|');
  const at = s!.indexOf(ph!);
  console.log(`${clauseTitle(s!, at, at + ph!.length)}    <= [${ph}] ${s}`);
}
