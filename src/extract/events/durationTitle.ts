import type { GazetteerEntry } from '../data/gazetteer.ts';
import type { Placement } from '../types.ts';

// "The war had been going on for …": a definite subject, then the verb of the clause.
const SUBJECT =
	/^(?:the|this|that)\s+([a-z]+)\s+(?:had|has|have|is|was|were|are)\s+(?:been\s+)?([a-z]+(?:\s+on)?)/i;
const ONGOING = /^(?:going on|ongoing|raging|continuing|dragging on|under|running)/i;

/**
 * A reader titles a span by what it is about, not by its clause: "The war had been going on for
 * more than 500 days" is the War in Ukraine, ongoing for more than 500 days. The clause's subject
 * must be a definite noun that is a word of a gazetteer name the document mentions ("war" in "war
 * in Ukraine"), and exactly one such entry may be running over the whole span; otherwise the
 * clause stays the title, since guessing which war would put words in the article's mouth.
 */
export function durationTitle(
	clause: string,
	phrase: string,
	placement: Placement,
	mentioned: GazetteerEntry[],
): string | null {
	const subject = SUBJECT.exec(clause);
	if (!subject || placement.end === undefined) return null;
	const head = subject[1]!.toLowerCase();
	const { start, end } = placement;
	const running = mentioned.filter(
		(e) =>
			e.start !== undefined &&
			e.start <= start &&
			(e.end === undefined || e.end >= end) &&
			e.aliases.some((a) =>
				a
					.toLowerCase()
					.split(/[\s-]+/)
					.includes(head),
			),
	);
	if (running.length !== 1) return null;
	const verb = ONGOING.test(subject[2] ?? '') ? 'ongoing' : 'lasting';
	return `${running[0]!.name} ${verb} for ${phrase}`;
}
