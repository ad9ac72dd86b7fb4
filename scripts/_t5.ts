import { tagSentence } from '../src/extract/nlp/tagSentence.ts';
import { segmentClauses } from '../src/extract/nlp/segmentClauses.ts';
const s = process.argv[2]!;
const t = tagSentence(s);
const { clauses } = segmentClauses(t);
clauses.forEach((c, i) => console.log(i, c.kind, 'parent', c.parent, 'opener', c.opener, 'group', c.group && t[c.group.head]!.text, '|', c.tokens.map((k) => t[k]!.text).join(' ')));
