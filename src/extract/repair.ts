/**
 * Repairs the typing slips that break segmentation (`1953war`, `outbreak.North`, `Commentsnone`)
 * by inserting spaces only, and keeps where it inserted them so spans map back to the original.
 */
export interface Repaired {
	text: string;
	/** Offsets in the repaired text where a character was inserted, ascending. */
	insertions: number[];
}

// Each rule finds a boundary (the end of group 1) where a space is missing.
const RULES: RegExp[] = [
	// A year glued to a word: "1953war". Not ordinals or decades ("1950s", "21st").
	/(?<![\d.,:/-])([12]\d{3})(?=(?!s\b|th\b|st\b|nd\b|rd\b)[a-z]{2,})/g,
	// A sentence run into the next one: "outbreak.North". Two lowercase letters before the stop keep
	// "U.S.", "e.g.", "Ph.D" and "No.1" intact; the token check below keeps URLs and e-mail intact.
	/([a-z]{2}[.!?]["”’)]?)(?=[A-Z][a-z])/g,
	// Page residue glued to the next token: "Commentsnone", "Share0".
	/\b(Comments|Share|Advertisement|Related)(?=none\b|\d+\b)/g,
];

function insideUrl(text: string, at: number): boolean {
	let s = at;
	while (s > 0 && !/\s/.test(text[s - 1] ?? ' ')) s--;
	let e = at;
	while (e < text.length && !/\s/.test(text[e] ?? ' ')) e++;
	return /[/@]|www\.|\.(com|org|net|gov|edu)\b/i.test(text.slice(s, e));
}

export function repairText(original: string): Repaired {
	const cuts = new Set<number>();
	for (const rule of RULES) {
		for (const m of original.matchAll(rule)) {
			const at = m.index + (m[1] ?? m[0]).length;
			if (!insideUrl(original, at)) cuts.add(at);
		}
	}
	const sorted = [...cuts].sort((a, b) => a - b);
	let text = '';
	let last = 0;
	const insertions: number[] = [];
	for (const at of sorted) {
		text += original.slice(last, at);
		insertions.push(text.length);
		text += ' ';
		last = at;
	}
	text += original.slice(last);
	return { text, insertions };
}

/** Maps an offset in the repaired text back to the original text. */
export function toOriginalOffset(repaired: Repaired, offset: number): number {
	let shift = 0;
	for (const p of repaired.insertions) {
		if (p < offset) shift++;
		else break;
	}
	return offset - shift;
}
