/**
 * Reduces an HTML page to the article it carries. The page is parsed by DOMParser into an inert
 * document: its scripts never run, its images never load, and nothing of it reaches the live page.
 */

/** Elements that hold page furniture, code or media rather than article prose. */
const DROPPED = [
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'figure',
	'iframe',
	'svg',
	'math',
	'object',
	'embed',
	'canvas',
	'video',
	'audio',
	'button',
	'select',
	'textarea',
	'[hidden]',
	'[aria-hidden="true"]',
].join(',');

/** Elements whose content starts on a line of its own. */
const BLOCKS = new Set(
	(
		'address article blockquote dd details div dl dt fieldset figcaption h1 h2 h3 h4 h5 h6 hr ' +
		'li main ol p pre section summary table tbody thead tfoot tr ul body caption'
	).split(' '),
);

/** Table cells sit side by side: a space keeps their words apart. */
const CELLS = new Set(['td', 'th']);

/** Text of a subtree with block boundaries as newlines; walked without recursion, since pages nest deep. */
function blockText(root: Element): string {
	const out: string[] = [];
	const stack: Array<Node | 'newline' | 'space'> = [root];
	while (stack.length > 0) {
		const item = stack.pop()!;
		if (item === 'newline') out.push('\n');
		else if (item === 'space') out.push(' ');
		else if (item.nodeType === 3) out.push((item.nodeValue ?? '').replace(/\s+/g, ' '));
		else if (item.nodeType === 1) {
			const name = (item as Element).localName;
			if (name === 'br') {
				out.push('\n');
				continue;
			}
			const block = BLOCKS.has(name);
			const cell = CELLS.has(name);
			if (block) out.push('\n');
			if (cell) out.push(' ');
			if (block) stack.push('newline');
			if (cell) stack.push('space');
			const children = item.childNodes;
			for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
		}
	}
	return out
		.join('')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line !== '')
		.join('\n');
}

/** Index pages hold many teaser `<article>`s; the story is the one with the most text. */
function longest(elements: NodeListOf<Element>): Element | null {
	let best: Element | null = null;
	for (const el of Array.from(elements))
		if (!best || (el.textContent ?? '').length > (best.textContent ?? '').length) best = el;
	return best;
}

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The article of a page: `<article>`, else `<main>`, else `<body>`, without page furniture, one
 * block per line. The headline (`<h1>`, else `<title>`) becomes the first line of `text`, so the
 * extractor sees a headline even when the page kept it in a dropped `<header>`.
 */
export function htmlToText(html: string): { title: string; text: string } {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const root = longest(doc.querySelectorAll('article')) ?? doc.querySelector('main') ?? doc.body;
	if (!root) return { title: oneLine(doc.title), text: oneLine(doc.title) };
	const heading = root.querySelector('h1') ?? doc.body?.querySelector('h1') ?? null;
	const title = oneLine(heading?.textContent) || oneLine(doc.title);
	if (heading && root.contains(heading)) heading.remove();
	for (const el of Array.from(root.querySelectorAll(DROPPED))) el.remove();
	const body = blockText(root);
	const text = title && !body.startsWith(title) ? (body ? `${title}\n${body}` : title) : body;
	return { title, text };
}
