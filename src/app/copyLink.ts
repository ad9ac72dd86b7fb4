/** Puts the current URL on the clipboard; returns the message to announce. */
export async function copyLink(href = location.href): Promise<string> {
	try {
		if (!navigator.clipboard) throw new Error('no clipboard');
		await navigator.clipboard.writeText(href);
		return 'Link copied';
	} catch {
		return 'Could not copy — copy the address from the address bar instead';
	}
}
