/** The ordered stages of recognition. */
import { anniversary } from './recognize/anniversary.ts';
import { chronoDates } from './recognize/chronoDates.ts';
import { clockTime } from './recognize/clockTime.ts';
import { century } from './recognize/century.ts';
import { decade } from './recognize/decade.ts';
import { definiteYear } from './recognize/definiteYear.ts';
import { accountingYear, duration } from './recognize/duration.ts';
import { holiday } from './recognize/holiday.ts';
import { monthName } from './recognize/monthName.ts';
import { storyMonth } from './recognize/storyMonth.ts';
import { namedEvent } from './recognize/namedEvent.ts';
import { relativeDay } from './recognize/relativeDay.ts';
import { weekday } from './recognize/weekday.ts';
import { year, yearRange } from './recognize/year.ts';
import { spelledYear } from './recognize/spelledYear.ts';
import { adjacentDay } from './recognize/adjacentDay.ts';
import { dayOfMonth } from './recognize/dayOfMonth.ts';
import { eventOffset } from './recognize/eventOffset.ts';
import { relativePeriod } from './recognize/relativePeriod.ts';
import { unitsAgo } from './recognize/unitsAgo.ts';
import { quarter, quarterReference } from './recognize/quarter.ts';
import { periodEnd } from './recognize/periodEnd.ts';
import { season } from './recognize/season.ts';
import { frequency, monthlyFrequency } from './recognize/frequency.ts';
import { vagueReference } from './recognize/vagueReference.ts';
import { removeOverlaps } from './refine/removeOverlaps.ts';
import { joinTimeAndDate } from './refine/joinTimeAndDate.ts';
import { trimPhrase } from './refine/trimPhrase.ts';
import { linkRanges } from './refine/linkRanges.ts';
import type { Recognizer, Refiner } from './types.ts';

/**
 * Recognizers run independently; their order only breaks ties between overlapping candidates of
 * equal length and priority (earlier wins), so the specific ones come first.
 */
export const RECOGNIZERS: Recognizer[] = [
	anniversary,
	namedEvent,
	holiday,
	chronoDates,
	clockTime,
	storyMonth,
	monthName,
	decade,
	century,
	quarter,
	quarterReference,
	relativeDay,
	weekday,
	eventOffset,
	unitsAgo,
	adjacentDay,
	dayOfMonth,
	relativePeriod,
	definiteYear,
	periodEnd,
	season,
	frequency,
	monthlyFrequency,
	duration,
	accountingYear,
	vagueReference,
	yearRange,
	year,
	spelledYear,
];

/**
 * Trim before removing overlaps, so lengths compare the phrases themselves; join times to their
 * days only once overlaps are gone, so each half is the final reading of its text; link the ends
 * of ranges last, once both ends are final.
 */
export const REFINERS: Refiner[] = [trimPhrase, removeOverlaps, joinTimeAndDate, linkRanges];
