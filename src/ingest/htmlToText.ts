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
const BLOCKS =
	'address,article,blockquote,dd,details,div,dl,dt,fieldset,figcaption,h1,h2,h3,h4,h5,h6,hr,' +
	'li,main,ol,p,pre,section,summary,table,tbody,thead,tfoot,tr,ul,caption';

/** Marks a block boundary inside the text; private use, so no article contains it by accident. */
const BREAK = '\uE000';

/**
 * Text of a subtree with block boundaries as newlines. Marking the boundaries in the tree and
 * reading `textContent` once leaves the walk to the browser, several times faster than a walk in
 * script on a page of megabytes.
 */
function blockText(root: Element): string {
	const doc = root.ownerDocument;
	for (const br of Array.from(root.querySelectorAll('br')))
		br.replaceWith(doc.createTextNode(BREAK));
	for (const cell of Array.from(root.querySelectorAll('td,th'))) cell.append(' ');
	for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
		block.prepend(BREAK);
		block.append(BREAK);
	}
	// Two passes over the whole string: runs of whitespace become a space, then runs of breaks
	// and the spaces around them become one newline.
	return (root.textContent ?? '')
		.replace(/\s+/g, ' ')
		.replace(/ ?\uE000[\uE000 ]*/g, '\n')
		.trim();
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
