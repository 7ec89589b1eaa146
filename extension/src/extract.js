/*
 * Précis: finds the article in the page. Injected on demand (after Readability and logic.js) into the
 * page's isolated world; returns plain data to the service worker.
 */
(function () {
  'use strict';
  const { blocksFromNode, textFromBlocks } = globalThis.PrecisLogic;
  const MIN_SELECTION_CHARS = 200;

  function page(extra) {
    return { url: location.href, lang: document.documentElement.lang || '', ...extra };
  }

  /**
   * mode "auto": the selection if the person selected a passage, else the article found by Readability
   * (only when the page looks like an article). mode "anyway": Readability without that gate, then the
   * page's own HTML for the server to extract (trafilatura). Readability mutates the DOM it parses, so it
   * parses a clone.
   */
  function extract(mode) {
    const selection = String(window.getSelection ? window.getSelection() : '').trim();
    if (mode === 'auto' && selection.length >= MIN_SELECTION_CHARS) {
      return page({ ok: true, source: 'selection', text: selection, title: document.title });
    }
    const readerable = typeof isProbablyReaderable === 'function' ? isProbablyReaderable(document) : true;
    if (mode === 'auto' && !readerable) return page({ ok: false, reason: 'not-an-article' });
    const article = new Readability(document.cloneNode(true)).parse();
    if (article && article.content) {
      const content = new DOMParser().parseFromString(article.content, 'text/html');
      const text = textFromBlocks(blocksFromNode(content.body));
      if (text.length >= 100) {
        return page({ ok: true, source: 'readability', text, title: article.title || document.title });
      }
    }
    if (mode === 'anyway') {
      return page({ ok: true, source: 'html', html: document.documentElement.outerHTML, title: document.title });
    }
    return page({ ok: false, reason: 'no-article' });
  }

  globalThis.PrecisExtract = { extract };
})();
