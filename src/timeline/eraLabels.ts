/** An era band on the plot, in pixels, with the length of its title. */
export interface EraBandBox {
	x0: number;
	x1: number;
	chars: number;
}

/** Where an era's title is drawn: its left edge, and whether it fits inside its band. */
export interface EraLabelBox {
	x: number;
	inside: boolean;
}

/** Width of an uppercase 12 px bold label character, estimated (no layout is read back). */
export const ERA_CHAR_WIDTH = 8.4;
const PAD = 6;
const GAP = 12;

/**
 * Places era titles in the strip above the events, in band order. A title sits inside its band
 * when it fits; otherwise it starts at the band and runs past it, pulled left to stay on screen,
 * but never over the previous title: a title with no free room is left out (null).
 */
export function eraLabels(bands: EraBandBox[], width: number): (EraLabelBox | null)[] {
	let taken = -Infinity;
	return bands.map((b) => {
		const left = Math.max(b.x0, 0);
		const right = Math.min(b.x1, width);
		if (right < 0 || left > width) return null;
		const w = b.chars * ERA_CHAR_WIDTH;
		const inside = right - left - 2 * PAD >= w;
		let x = Math.min(left + PAD, width - PAD - w);
		x = Math.max(x, taken + GAP, PAD);
		if (x + w > width - PAD + 0.5) return null;
		taken = x + w;
		return { x, inside: inside && x + w <= right - PAD + 0.5 };
	});
}
