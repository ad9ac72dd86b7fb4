import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/formats/csv.ts';
import { toDatelineJson } from '../../src/formats/datelineJson.ts';
import { toIcs } from '../../src/formats/ics.ts';
import { toSvg } from '../../src/formats/svg.ts';
import { toTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import { toTimeMl } from '../../src/formats/timeMl.ts';
import { sample, XSS } from '../fixtures/formats/sample.ts';

/** Elements that would run or load something, and any on* handler or javascript: URL attribute. */
function activeContent(root: Document): string[] {
	const found: string[] = [];
	for (const el of root.querySelectorAll('*')) {
		const name = el.localName.toLowerCase();
		if (['script', 'img', 'iframe', 'object', 'embed', 'foreignobject', 'a'].includes(name))
			found.push(`<${name}>`);
		for (const attr of el.attributes) {
			if (/^on/i.test(attr.name)) found.push(`${name}@${attr.name}`);
			if (/^\s*javascript:/i.test(attr.value)) found.push(`${name}@${attr.name}=javascript:`);
		}
	}
	return found;
}

describe('markup in titles and article text stays inert in every export', () => {
	it.each([
		['SVG', toSvg(sample, { width: 1000 }), 'image/svg+xml'],
		['TimeML', toTimeMl(sample.documents[0]!), 'application/xml'],
	] as const)(
		'%s parses to no script, img, link or handler, and shows the payloads as text',
		(_, out, type) => {
			const dom = new DOMParser().parseFromString(out, type);
			expect(dom.getElementsByTagName('parsererror')).toHaveLength(0);
			expect(activeContent(dom)).toEqual([]);
			for (const payload of XSS) expect(dom.documentElement.textContent).toContain(payload);
		},
	);

	it('TimelineJS3 slides, which TimelineJS3 renders as HTML, hold no live markup', () => {
		const file = JSON.parse(toTimelineJs3(sample));
		const html = [...file.events, ...file.eras]
			.map(
				(s: { text: { headline?: string; text?: string } }) =>
					`${s.text.headline ?? ''} ${s.text.text ?? ''}`,
			)
			.join('\n');
		const dom = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
		expect(activeContent(dom)).toEqual([]);
		for (const payload of XSS) expect(dom.body.textContent).toContain(payload);
	});

	it.each([
		['Dateline JSON', toDatelineJson(sample)],
		['CSV', toCsv(sample)],
	])('%s keeps the payloads verbatim as data', (_, out) => {
		for (const payload of XSS) expect(out).toContain(payload);
	});

	it('iCalendar keeps the payloads as text values', () => {
		const unfolded = toIcs(sample).replace(/\r\n /g, '');
		expect(unfolded).toContain('SUMMARY:Talks <script>alert(1)</script> begin');
		expect(unfolded).toContain('SUMMARY:javascript:alert(1)');
	});
});
