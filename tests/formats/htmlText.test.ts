import { describe, expect, it } from 'vitest';
import { escapeMarkup, htmlToPlainText } from '../../src/formats/htmlText.ts';

describe('htmlToPlainText', () => {
	it.each([
		['plain text', 'plain text'],
		['<p>One</p><p>Two</p>', 'One\nTwo'],
		['a<br/>b', 'a\nb'],
		['<b>bold</b> &amp; <i>it</i>', 'bold & it'],
		['&lt;script&gt;', '<script>'],
		['&#8211; &#x2014; &mdash; &unknown;', '– — — &unknown;'],
		['x<script>alert(1)</script>y', 'xy'],
		['<style>p{}</style>text', 'text'],
		['<!-- note -->kept', 'kept'],
		['  <p>  padded  </p>  ', 'padded'],
		['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
	])('reads %j as %j', (html, text) => {
		expect(htmlToPlainText(html)).toBe(text);
	});
});

describe('escapeMarkup', () => {
	it('escapes the five characters that matter in markup and attributes', () => {
		expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
		);
	});

	it('reads back through htmlToPlainText unchanged', () => {
		const text = `Tom & Jerry <script>alert("1")</script> 'quoted'`;
		expect(htmlToPlainText(escapeMarkup(text))).toBe(text);
	});
});
