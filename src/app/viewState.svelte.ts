import { clampRange, fitRange, zoomRange, type Range } from '../timeline/viewRange.ts';
import { adjacentEra } from '../timeline/eraNav.ts';
import type { TimelineData } from './timelineData.ts';
import { animateRange } from './animateRange.ts';

/** What the user is looking at: the visible range (dates, not pixels) and the selected event. */
export class ViewState {
	from = $state(0);
	to = $state(1);
	selectedId = $state<string | null>(null);
	/** The event that holds the roving tab stop on the timeline. */
	focusedId = $state<string | null>(null);
	/** Width of the plot in CSS pixels, reported by the plot's container. */
	width = $state(800);
	/** A short message about a deep link that could not be followed. */
	notice = $state<string | null>(null);
	#cancel: () => void = () => {};

	constructor(readonly data: TimelineData) {
		this.from = data.fit.from;
		this.to = data.fit.to;
	}

	get range(): Range {
		return { from: this.from, to: this.to };
	}

	get msPerPixel(): number {
		return (this.to - this.from) / Math.max(this.width, 1);
	}

	/** Shows `r` at once (gestures, URL), within the zoom limits. */
	setRange(r: Range): void {
		this.#cancel();
		this.#assign(r);
	}

	/** Moves to `r` with an animated transition (instant under prefers-reduced-motion). */
	animateTo(r: Range): void {
		this.#cancel();
		this.#cancel = animateRange(this.range, clampRange(r, this.data.extent), (x) =>
			this.#assign(x),
		);
	}

	#assign(r: Range): void {
		const c = clampRange(r, this.data.extent);
		this.from = c.from;
		this.to = c.to;
	}

	zoomBy(factor: number): void {
		this.animateTo(zoomRange(this.range, factor));
	}

	fitAll(): void {
		this.animateTo(this.data.fit);
	}

	/** Frames an era with a little room either side. */
	showEra(id: string): void {
		const era = this.data.eras.find((e) => e.id === id);
		if (era) this.animateTo(fitRange({ from: era.start, to: era.end }, 0.08));
	}

	stepEra(dir: 1 | -1): void {
		const era = adjacentEra(this.data.eras, this.range, dir);
		if (era) this.showEra(era.id);
	}

	/** Pans just enough to bring the event on screen (its start, for spans longer than the view). */
	reveal(id: string): void {
		const e = this.data.event(id);
		if (!e) return;
		const span = this.to - this.from;
		const margin = span * 0.08;
		const { solidStart, solidEnd } = e.extent;
		const end = Math.min(solidEnd, solidStart + span - 2 * margin);
		if (solidStart >= this.from && solidStart <= this.to) return;
		if (solidStart < this.from)
			this.animateTo({ from: solidStart - margin, to: solidStart - margin + span });
		else this.animateTo({ from: end + margin - span, to: end + margin });
	}

	select(id: string | null): void {
		this.selectedId = id;
		if (id) this.focusedId = id;
	}
}
