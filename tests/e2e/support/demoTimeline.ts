/** The small timeline most browser specs run against: 16 evenly spaced events, three eras. */
import { syntheticTimeline } from './syntheticTimeline.ts';

export const demoTimeline = syntheticTimeline({
	events: 16,
	seed: 7,
	startYear: 1945,
	years: 80,
	eras: 3,
	spread: 'even',
	headline: 'Eighty years of harbour news',
});

/** Events in date order. */
export const demoEvents = demoTimeline.events;

/** An event by position in date order; throws when absent so specs fail clearly. */
export function demoEvent(index: number) {
	const event = demoEvents[index];
	if (!event) throw new Error(`demo timeline has no event #${index}`);
	return event;
}
