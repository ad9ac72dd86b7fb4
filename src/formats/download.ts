/**
 * Saves `data` as a file named `name` through a temporary object URL and an `a[download]` click.
 * Browser only. The URL is revoked on the next task, once the click has handed the blob over.
 */
export function download(name: string, data: Blob | string, type: string): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
