import type { Source } from '../timeline.ts';

/** A run of article text, and whether it lies in the source sentence and the date phrase. */
export interface Piece {
	text: string;
	phrase: boolean;
}

/** Consecutive pieces inside or outside the source sentence. */
export interface Run {
	sentence: boolean;
	pieces: Piece[];
}

/**
 * Splits an article at the source sentence and date phrase bounds so they can be marked up as
 * elements (the text itself stays text, never HTML). Handles a phrase outside its sentence.
 */
export function articleSegments(text: string, s: Source): Run[] {
	const cuts = [
		...new Set([0, s.sentenceStart, s.sentenceEnd, s.phraseStart, s.phraseEnd, text.length]),
	]
		.filter((c) => c >= 0 && c <= text.length)
		.sort((a, b) => a - b);
	const runs: Run[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const [a, b] = [cuts[i]!, cuts[i + 1]!];
		if (a === b) continue;
		const sentence = a >= s.sentenceStart && b <= s.sentenceEnd && s.sentenceEnd > s.sentenceStart;
		const phrase = a >= s.phraseStart && b <= s.phraseEnd && s.phraseEnd > s.phraseStart;
		const last = runs[runs.length - 1];
		const piece = { text: text.slice(a, b), phrase };
		if (last && last.sentence === sentence) last.pieces.push(piece);
		else runs.push({ sentence, pieces: [piece] });
	}
	return runs;
}
