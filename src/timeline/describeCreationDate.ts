import type { CreationDate } from '../timeline.ts';
import { parseIso } from './isoDates.ts';
import { formatUtc } from './formatUtc.ts';

/** "27 Jul 2023 · inferred from …" / "27 Jul 2023 · from the dateline" / "date unknown · …". */
export function describeCreationDate(cd: CreationDate): string {
	if (cd.value === null) return `date unknown · ${cd.evidence}`;
	const ms = parseIso(cd.value);
	const day = ms === undefined ? cd.value : formatUtc(ms, 'd MMM yyyy');
	return `${day} · ${cd.inferred ? 'inferred from' : 'from'} ${cd.evidence}`;
}
