/**
 * Today in the reader's own time zone as `YYYY-MM-DD`: the likeliest date of an article pasted
 * without one. Only the app reads the clock; the extractor never does.
 */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
