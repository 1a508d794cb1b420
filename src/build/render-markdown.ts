import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

/**
 * Markdown to sanitised HTML, at build time (Node): marked renders, DOMPurify over jsdom
 * removes scripts, event handlers, `javascript:` URLs and styles, so authored text can be
 * put in the page as HTML and neither library ships to the browser.
 */
export function createRenderer(): { block(md: string): string; inline(md: string): string } {
  const window = new JSDOM('').window;
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links in authored text open outside the app and never carry the opener.
    if (node.nodeName === 'A' && node.getAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  const marked = new Marked({ async: false, gfm: true, breaks: false });
  const clean = (html: string) =>
    purify.sanitize(html, {
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'img', 'video', 'audio', 'svg', 'math'],
      FORBID_ATTR: ['style', 'class', 'id'],
    });
  return {
    block: (md) => clean(marked.parse(md, { async: false })).trim(),
    inline: (md) => clean(marked.parseInline(md, { async: false })).trim(),
  };
}
