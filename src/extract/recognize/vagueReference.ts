import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const PRESENT =
	/^(now|right now|just now|currently|current|at present|presently|nowadays|these days|at the moment|today's)$/i;
const FUTURE =
	/^(the future|future|in the future|soon|the near future|the coming years|the years ahead|eventually)$/i;

/**
 * Deictic references with no calendar value: "now" (`PRESENT_REF`), "recently", "the past",
 * "recent years" (`PAST_REF`), "the future" (`FUTURE_REF`).
 */
export const vagueReference: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>right now|just now|now|currently|current|at present|presently|nowadays|these days|recently|lately|recent\s+(?:years|months|weeks|days|decades|times)|in the past|the past|formerly|the\s+(?:near\s+)?future|the coming years|the years ahead)(?![\w-])/i,
		(m) => {
			const phrase = m[0];
			const lower = phrase.toLowerCase();
			const after = sentence.text.slice(m.index + phrase.length);
			// "the past two years" is a duration, not the past.
			if (
				/past$/.test(lower) &&
				/^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|century)/i.test(
					after,
				)
			)
				return null;
			if (lower === 'soon' && /^\s+(?:after|before)\b/i.test(after)) return null;
			const value = PRESENT.test(lower)
				? 'PRESENT_REF'
				: FUTURE.test(lower)
					? 'FUTURE_REF'
					: 'PAST_REF';
			return {
				type: 'DATE',
				recognizer: 'vagueReference',
				resolve: () => ({
					value,
					derivation: 'relative',
					explanation: `"${phrase}" refers to the ${value === 'PRESENT_REF' ? 'present' : value === 'FUTURE_REF' ? 'future' : 'past'}`,
					certain: false,
					approximate: true,
				}),
			};
		},
	);
