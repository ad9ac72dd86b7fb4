import { describe, expect, it } from 'vitest';
import { toSvg } from '../../src/formats/svg.ts';
import { seedLike } from '../components/render.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { undatedSample } from '../fixtures/formats/undatedSample.ts';
import { SCHEMA_VERSION, type Timeline } from '../../src/timeline.ts';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('toSvg', () => {
	it.each([
		['the seed-like timeline', seedLike],
		['a timeline with markup', sample],
		['a timeline with an article of unknown date', undatedSample],
	])('draws every event and era of %s with its label', (_, timeline) => {
		const dom = parse(toSvg(timeline, { width: 1200 }));
		expect(dom.getElementsByTagName('parsererror')).toHaveLength(0);
		for (const e of timeline.events) {
			const g = dom.querySelector(`[data-event-id="${e.id}"]`)!;
			expect(g.querySelector('text')!.textContent).toBe(e.title);
		}
		for (const era of timeline.eras)
			expect(dom.querySelector(`[data-era-id="${era.id}"] text`)!.textContent).toBe(era.title);
	});

	it('is a standalone SVG document of the requested width with an axis', () => {
		const dom = parse(toSvg(seedLike, { width: 900 }));
		const root = dom.documentElement;
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(root.getAttribute('width')).toBe('900');
		expect(Number(root.getAttribute('height'))).toBeGreaterThan(100);
		expect(dom.querySelectorAll('[data-axis] text').length).toBeGreaterThan(2);
	});

	it('places every marker inside the picture, so the whole timeline shows', () => {
		const width = 800;
		const dom = parse(toSvg(sample, { width }));
		for (const c of dom.querySelectorAll('[data-event-id] circle, [data-event-id] rect')) {
			const x = Number(c.getAttribute('cx') ?? c.getAttribute('x'));
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(width);
		}
	});

	it('gives overlapping labels their own rows', () => {
		const dom = parse(toSvg(seedLike, { width: 600 }));
		const boxes = [...dom.querySelectorAll('[data-event-id] > text')].map((t) => ({
			y: t.getAttribute('y'),
			x: Number(t.getAttribute('x')),
			end: t.getAttribute('text-anchor') === 'end',
			w: (t.textContent ?? '').length * 7.2 + 8,
		}));
		const span = (b: (typeof boxes)[number]): [number, number] =>
			b.end ? [b.x - b.w, b.x] : [b.x, b.x + b.w];
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1)) {
				if (a.y !== b.y) continue;
				const [a0, a1] = span(a);
				const [b0, b1] = span(b);
				expect(a1 <= b0 || b1 <= a0).toBe(true);
			}
	});

	it('draws an empty timeline without failing', () => {
		const empty: Timeline = {
			schemaVersion: SCHEMA_VERSION,
			documents: [],
			events: [],
			eras: [],
			undated: [],
		};
		expect(parse(toSvg(empty, { width: 400 })).getElementsByTagName('parsererror')).toHaveLength(0);
	});
});
