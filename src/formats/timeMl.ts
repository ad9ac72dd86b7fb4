import type { TimelineDocument } from '../timeline.ts';
import { escapeMarkup } from './htmlText.ts';

/** Characters XML 1.0 forbids even when escaped; replaced by a space so offsets keep their meaning. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const xml = (text: string) => escapeMarkup(text.replace(FORBIDDEN, ' '));

/**
 * One document as TimeML 1.2: its creation time in `<DCT>`, its text in `<TEXT>` with every temporal
 * expression wrapped in a `<TIMEX3>`. A mention overlapping the one before is left unwrapped, since
 * TIMEX3 elements cannot overlap.
 */
export function toTimeMl(document: TimelineDocument): string {
	// TIMEX3 writes an unknown date with X for each unknown digit.
	const dct = document.creationDate.value ?? 'XXXX-XX-XX';
	let body = '';
	let at = 0;
	let tid = 0;
	for (const m of document.mentions) {
		if (m.start < at) continue;
		tid += 1;
		const mod = m.mod ? ` mod="${xml(m.mod)}"` : '';
		body +=
			xml(document.text.slice(at, m.start)) +
			`<TIMEX3 tid="t${tid}" type="${m.type}" value="${xml(m.value)}"${mod}>` +
			`${xml(document.text.slice(m.start, m.end))}</TIMEX3>`;
		at = m.end;
	}
	body += xml(document.text.slice(at));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
		`<DOCID>${xml(document.id)}</DOCID>`,
		`<DCT><TIMEX3 tid="t0" type="DATE" value="${xml(dct)}" temporalFunction="false" functionInDocument="CREATION_TIME">${xml(dct)}</TIMEX3></DCT>`,
		`<TITLE>${xml(document.title)}</TITLE>`,
		`<TEXT>${body}</TEXT>`,
		'</TimeML>',
		'',
	].join('\n');
}
