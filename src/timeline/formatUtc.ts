import { format } from 'date-fns/format';

/**
 * Formats a UTC instant with a date-fns pattern. date-fns formats local time, so the instant is
 * re-expressed as a local Date with the same wall-clock fields as its UTC reading.
 */
export function formatUtc(ms: number, pattern: string): string {
	const u = new Date(ms);
	const local = new Date(2000, 0, 1, u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
	local.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
	return format(local, pattern);
}
