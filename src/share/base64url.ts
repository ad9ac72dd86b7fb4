/** Base64url without padding (RFC 4648 §5): the alphabet that survives URL fragments untouched. */

/** Bytes per `String.fromCharCode` call: large enough to be quick, small enough for the call stack. */
const CHUNK = 0x8000;

/** Encodes bytes as base64url without `=` padding. */
export function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += CHUNK)
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional); `null` for any other character or an impossible length. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
	const bare = text.replace(/=+$/, '');
	if (bare.length % 4 === 1) return null;
	const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
