import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * The built page's Content-Security-Policy: only the app's own scripts, workers and requests.
 * style-src keeps 'unsafe-inline' because Svelte writes style attributes; img-src allows data: and
 * blob: for the PNG export, which draws the SVG export through an image.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"worker-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
].join('; ');

/**
 * Puts the policy right after `<meta charset>`, before any script or stylesheet it must govern, in
 * the build only: the dev server's HMR client needs inline scripts.
 */
function contentSecurityPolicy(): Plugin {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
	return {
		name: 'dateline-csp',
		apply: 'build',
		transformIndexHtml(html) {
			const charset = /<meta charset="[^"]*"\s*\/?>/i;
			if (!charset.test(html)) throw new Error('index.html needs <meta charset> before the CSP');
			return html.replace(charset, (tag) => `${tag}\n\t\t${meta}`);
		},
	};
}

export default defineConfig({
	plugins: [svelte(), svelteTesting(), contentSecurityPolicy()],
	build: { target: 'es2022', sourcemap: false },
	worker: { format: 'es' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		environment: 'jsdom',
		include: ['tests/**/*.test.ts'],
		setupFiles: ['tests/setup.ts'],
	},
});
