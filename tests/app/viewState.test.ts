import { describe, expect, it } from 'vitest';
import { ViewState } from '../../src/app/viewState.svelte.ts';
import { TimelineData } from '../../src/app/timelineData.ts';
import { MIN_SPAN } from '../../src/timeline/viewRange.ts';
import type { Timeline } from '../../src/timeline.ts';
import { seedLikeFile as seedLike } from '../fixtures/app/seedLikeFile.ts';

const data = new TimelineData(seedLike);
const u = (s: string) => Date.parse(s);

describe('ViewState', () => {
	it('starts on the fit-all view with nothing selected', () => {
		const v = new ViewState(data);
		expect(v.range).toEqual(data.fit);
		expect(v.selectedId).toBeNull();
	});

	it('zooms about the centre and never narrower than the limit', () => {
		const v = new ViewState(data);
		const mid = (v.from + v.to) / 2;
		v.zoomBy(4);
		expect((v.from + v.to) / 2).toBeCloseTo(mid, -3);
		expect(v.to - v.from).toBeCloseTo((data.fit.to - data.fit.from) / 4, -3);
		for (let i = 0; i < 40; i++) v.zoomBy(2);
		expect(v.to - v.from).toBeCloseTo(MIN_SPAN, -3);
	});

	it('steps through the eras in order and stops at the ends', () => {
		const v = new ViewState(data);
		v.stepEra(1);
		expect(v.from < u('1950-06-25') && v.to > u('1953-07-28')).toBe(true);
		v.stepEra(1);
		expect(v.from < u('2022-02-24') && v.to > u('2023-07-28') && v.from > u('2021-01-01')).toBe(
			true,
		);
		const last = v.range;
		v.stepEra(1);
		expect(v.range).toEqual(last);
	});

	it('pans to reveal an off-screen event without changing the zoom', () => {
		const v = new ViewState(data);
		v.setRange({ from: u('2023-01-01'), to: u('2024-01-01') });
		v.reveal('july-27-1953-war');
		expect(v.from < u('1953-07-27') && v.to > u('1953-07-28')).toBe(true);
		expect(v.to - v.from).toBeCloseTo(u('2024-01-01') - u('2023-01-01'), -3);
	});

	it('leaves the view alone when the event is already on screen', () => {
		const v = new ViewState(data);
		v.reveal('victory-day-70th-anniversary');
		expect(v.range).toEqual(data.fit);
	});

	it('moves the roving focus to a newly selected event', () => {
		const v = new ViewState(data);
		v.select('july-27-1953-war');
		expect([v.selectedId, v.focusedId]).toEqual(['july-27-1953-war', 'july-27-1953-war']);
	});
});
