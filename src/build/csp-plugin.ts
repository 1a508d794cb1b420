import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page: scripts, styles and everything else only from
 * the site itself, no plugins, no inline script, no framing of forms or base-URL tricks.
 * Authored Markdown is sanitised at build time too; this is the second wall.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy as a meta tag to the built page (the dev server's live reload needs inline code). */
export function cspPlugin(): Plugin {
  return {
    name: 'reply-dojo-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
