/** Escapes text for HTML or XML element content and quoted attribute values. */
export function escapeMarkup(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	copy: '©',
	eacute: 'é',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}

/**
 * Reduces a snippet of HTML (a TimelineJS3 headline or text) to plain text without a DOM, so it runs
 * in a worker and in Node. Script and style bodies are dropped, block ends become line breaks, every
 * other tag disappears and whitespace around line breaks is trimmed; the result is only ever
 * rendered as text.
 */
export function htmlToPlainText(html: string): string {
	// Without a tag it is text, perhaps escaped (as this app writes it): only entities are decoded,
	// so every space and line break survives a round trip.
	if (!/<[a-z!/]/i.test(html)) return decodeEntities(html);
	return decodeEntities(
		html
			.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
			.replace(/<br\s*\/?>/gi, '\n')
			.replace(/<\/(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<\/?[a-z][^>]*>/gi, ''),
	)
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
