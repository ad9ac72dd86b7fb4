/**
 * Rasterises a standalone SVG document to a PNG blob at `scale` device pixels per SVG pixel.
 * Browser only: the SVG goes through an object URL into an Image, is drawn on a canvas, and the
 * canvas is encoded. The SVG must carry its own width and height attributes.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the SVG could not be drawn'));
			image.src = url;
		});
		// Browsers refuse canvases much past 16k pixels a side; a very tall timeline gets fewer pixels.
		const fit = Math.min(scale, 16_000 / Math.max(image.naturalWidth, image.naturalHeight, 1));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(image.naturalWidth * fit);
		canvas.height = Math.round(image.naturalHeight * fit);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas in this browser');
		context.scale(fit, fit);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
				'image/png',
			),
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
