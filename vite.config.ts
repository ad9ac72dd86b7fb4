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

/** Injects the policy as a meta tag in the build only: the dev server's HMR needs inline scripts. */
function contentSecurityPolicy(): Plugin {
	return {
		name: 'dateline-csp',
		apply: 'build',
		transformIndexHtml: () => [
			{
				tag: 'meta',
				attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
				injectTo: 'head-prepend',
			},
		],
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
