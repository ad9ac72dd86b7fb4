/** Raw DEFLATE through the platform's CompressionStream (browsers, workers and Node 20 alike). */

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		},
	});
}

/** Reads a stream to its end; `null` as soon as it passes `maxBytes`, cancelling the rest. */
async function collect(
	stream: ReadableStream<Uint8Array>,
	maxBytes: number,
): Promise<Uint8Array | null> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > maxBytes) {
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** Compresses bytes with `deflate-raw`: no zlib header or checksum, the smallest frame. */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const out = await collect(
		streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')),
		Number.MAX_SAFE_INTEGER,
	);
	return out!;
}

/**
 * Inflates `deflate-raw` bytes, stopping at `maxBytes` of output so a tiny crafted input cannot
 * expand into gigabytes. Resolves `'too-large'` then; rejects when the bytes are not valid DEFLATE.
 */
export async function inflateRaw(
	bytes: Uint8Array<ArrayBuffer>,
	maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
	const out = await collect(
		streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')),
		maxBytes,
	);
	return out ?? 'too-large';
}
