/** How many distinct document colours app.css defines (`--doc-0` … `--doc-5`). */
export const DOC_COLOURS = 6;

/**
 * The CSS colour of the document at `index` in the timeline: a fixed, colour-blind-safe palette
 * (Okabe–Ito hues, darkened for light mode) that repeats after `DOC_COLOURS` documents.
 */
export function documentColor(index: number): string {
	return `var(--doc-${((index % DOC_COLOURS) + DOC_COLOURS) % DOC_COLOURS})`;
}
