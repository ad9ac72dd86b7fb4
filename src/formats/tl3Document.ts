import { compareIso, type Source, type TimelineDocument } from '../timeline.ts';

/** A slide of a foreign TimelineJS3 file that needs a place in an article. */
export interface Slide {
	event: { start: string };
	headline: string;
	text: string;
}

/**
 * A TimelineJS3 file has no article, but every event of ours needs a source. This writes one: a
 * paragraph per slide (headline, then its text), each event pointing at its own paragraph, so the
 * detail panel shows the slide's words where an article's sentence would be.
 */
export function syntheticDocument(
	title: string,
	slides: Slide[],
	existing: TimelineDocument[],
): { document: TimelineDocument; sources: Source[] } {
	let id = 'timelinejs3';
	for (let n = 2; existing.some((d) => d.id === id); n++) id = `timelinejs3-${n}`;
	let text = '';
	const sources = slides.map(({ headline, text: body }) => {
		if (text) text += '\n\n';
		const start = text;
		const paragraph = body ? `${headline}\n${body}` : headline;
		text += paragraph;
		return {
			document: id,
			sentenceStart: start.length,
			sentenceEnd: text.length,
			phraseStart: start.length,
			phraseEnd: start.length + headline.length,
		};
	});
	const latest =
		slides
			.map((s) => s.event.start)
			.sort(compareIso)
			.at(-1) ?? '1970';
	const [year, month = '01', day = '01'] = latest.slice(0, 10).split(/(?<=\d)-/);
	return {
		document: {
			id,
			title: title || 'Imported TimelineJS3 timeline',
			path: '',
			text,
			creationDate: {
				value: `${year}-${month}-${day}`,
				inferred: true,
				evidence: 'no article date in a TimelineJS3 file: the date of its latest event',
			},
			mentions: [],
		},
		sources,
	};
}
