import { describe, expect, it } from 'vitest';
import { progressMeter } from '../../src/extract/progress.ts';

function record(lengths: number[], drive: (m: ReturnType<typeof progressMeter>) => void) {
	const calls: Array<[number, number]> = [];
	const meter = progressMeter((done, total) => calls.push([done, total]), lengths);
	drive(meter);
	return calls;
}

describe('progressMeter', () => {
	it('ends with done equal to total after finish', () => {
		const calls = record([100, 50], (m) => {
			m.at(0, 1);
			m.at(1, 1);
			m.finish();
		});
		const [done, total] = calls.at(-1)!;
		expect(done).toBe(total);
	});

	it('never reports more than steps + 1 times however often it is moved', () => {
		const calls = record([100_000], (m) => {
			for (let i = 0; i <= 10_000; i++) m.at(0, i / 10_000);
			m.finish();
		});
		expect(calls.length).toBeLessThanOrEqual(33);
		expect(calls.length).toBeGreaterThan(10);
	});

	it('never goes backwards, even when a document is revisited or fractions are odd', () => {
		const calls = record([10, 10], (m) => {
			m.at(1, 0.5);
			m.at(0, 0.9);
			m.at(1, Number.NaN);
			m.at(1, 7);
			m.at(5, 0.5);
			m.finish();
		});
		const dones = calls.map(([d]) => d);
		expect(dones).toEqual([...dones].sort((a, b) => a - b));
		expect(new Set(calls.map(([, t]) => t)).size).toBe(1);
	});

	it('weighs documents by their length', () => {
		const calls = record([900, 100], (m) => m.at(0, 1));
		const [done, total] = calls.at(-1)!;
		expect(done / total).toBeGreaterThan(0.8);
	});

	it('counts an empty document as work, so a run of empty texts still completes', () => {
		const calls = record([0, 0], (m) => {
			m.at(0, 1);
			m.at(1, 1);
			m.finish();
		});
		expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
		expect(calls.at(-1)![1]).toBeGreaterThan(0);
	});

	it('does nothing without a callback', () => {
		const meter = progressMeter(undefined, [10]);
		expect(() => {
			meter.at(0, 1);
			meter.finish();
		}).not.toThrow();
	});
});
