/*
 * Précis: finds the article in the page. Injected on demand (after Readability and logic.js) into the
 * page's isolated world; returns plain data to the service worker.
 */
(function () {
  'use strict';
  const { blocksFromNode, textFromBlocks, isFrontPage } = globalThis.PrecisLogic;
  const MIN_SELECTION_CHARS = 200;
  // The server's default body limit is 2,000,000 bytes: a page's HTML over this many UTF-8 bytes (an
  // Arabic page takes two a letter) is extracted here instead, and an article text over it is cut at a
  // paragraph (the server summarises the beginning of what it gets anyway).
  const MAX_SENT_BYTES = 1500000;
  const utf8 = new TextEncoder();
  const byteLength = (text) => utf8.encode(text).length;

  /** `text` cut at the last paragraph (else sentence, else character) that keeps it within `maxBytes`. */
  function withinBytes(text, maxBytes) {
    if (byteLength(text) <= maxBytes) return text;
    let cut = text.slice(0, maxBytes); // characters: at least one byte each
    while (byteLength(cut) > maxBytes) cut = cut.slice(0, Math.floor(cut.length * 0.9));
    const paragraph = cut.lastIndexOf('\n\n');
    if (paragraph > cut.length / 2) return cut.slice(0, paragraph);
    const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('\n'));
    return sentence > cut.length / 2 ? cut.slice(0, sentence + 1) : cut;
  }
  // What extraction never reads, and what must not leave the browser: form fields (a pre-filled
  // password, hidden API keys and CSRF tokens live in <input>), and our own panel.
  const DROPPED = 'script, style, noscript, template, svg, canvas, iframe, object, embed, link, base, '
    + 'input, textarea, select, option, button, datalist, output, dialog, precis-overlay, [hidden]';
  // <meta> that describe the article (trafilatura reads title, author, date and language from them);
  // any other (csrf-token, api keys, verification codes) is dropped.
  const ARTICLE_META = /^(description|author|keywords|date|language|(og|article|twitter|dc|dcterms|citation|parsely|sailthru)[:._-].*)$/i;

  /**
   * The page's HTML with only what extraction needs (a clone: the page itself is left alone): no scripts
   * or styles, no form fields, comments or elements the reader cannot see, no <meta> but the article's.
   */
  function pageHtml() {
    const live = [...document.documentElement.querySelectorAll('*')];
    const clone = document.documentElement.cloneNode(true);
    const copies = [...clone.querySelectorAll('*')]; // the same elements in the same order
    // A page that hides its whole body until a script runs (anti-flicker snippets; a blocked script
    // leaves it so) says nothing about which parts a reader sees: then nothing is dropped as hidden.
    const bodyHidden = document.body && isHidden(document.body);
    const invisible = bodyHidden ? [] : live.flatMap((node, i) => (isHidden(node) ? [copies[i]] : []));
    for (const node of invisible) node.remove();
    for (const node of clone.querySelectorAll(DROPPED)) node.remove();
    for (const meta of clone.querySelectorAll('meta')) {
      const name = meta.getAttribute('name') || meta.getAttribute('property') || meta.getAttribute('itemprop') || '';
      if (!meta.hasAttribute('charset') && !ARTICLE_META.test(name)) meta.remove();
    }
    const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const found = [];
    for (let c = comments.nextNode(); c; c = comments.nextNode()) found.push(c);
    for (const c of found) c.remove();
    return `<!doctype html>${clone.outerHTML}`;
  }

  /** Hidden by the page's own CSS (display: none, visibility: hidden), which only the live page knows. */
  function isHidden(node) {
    if (!node.parentElement || node.closest('head')) return false;
    if (typeof node.checkVisibility === 'function') {
      return !node.checkVisibility({ checkVisibilityCSS: true });
    }
    const style = getComputedStyle(node);
    return style.display === 'none' || style.visibility === 'hidden';
  }

  /** The page's address without query or fragment (they carry sessions, tracking ids, access tokens). */
  function pageUrl() {
    return location.protocol === 'http:' || location.protocol === 'https:'
      ? `${location.origin}${location.pathname}`
      : '';
  }

  /** This page is a site's front page (the server's rule, so that both extraction modes agree). */
  function frontPage() {
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
    const og = document.querySelector('meta[property="og:type"]');
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent).join('\n');
    return isFrontPage({ pathname: location.pathname, search: location.search, ogType: og ? og.content : '', jsonLd });
  }

  function page(extra) {
    return { url: pageUrl(), lang: document.documentElement.lang || '', ...extra };
  }

  /**
   * mode "auto": the selection if the person selected a passage, else — when the page looks like an
   * article — the page's HTML for the server to extract (`where` "server", the default) or the article
   * Readability finds here (`where` "page"). mode "anyway": the same without the article gate, the HTML
   * being the last resort. Readability mutates the DOM it parses, so it parses a clone.
   */
  function extract(mode, where = 'server') {
    const selection = String(window.getSelection ? window.getSelection() : '').trim();
    if (mode === 'auto' && selection.length >= MIN_SELECTION_CHARS) {
      return page({ ok: true, source: 'selection', text: selection, title: document.title });
    }
    const readerable = typeof isProbablyReaderable === 'function' ? isProbablyReaderable(document) : true;
    if (mode === 'auto' && (!readerable || frontPage())) return page({ ok: false, reason: 'not-an-article' });
    // The page's HTML within the cap, or null over it: built (a clone of the whole page) at most once.
    let html;
    const sendableHtml = () => {
      if (html === undefined) {
        const built = pageHtml();
        html = byteLength(built) <= MAX_SENT_BYTES ? built : null;
      }
      return html;
    };
    // trafilatura on the server finds the main text better than Readability (eval-extraction: F1 0.92
    // against 0.89 on 949 real pages); the page goes without scripts and styles, which it does not need.
    if (where === 'server' && sendableHtml() !== null) return page({ ok: true, source: 'html', html, title: document.title });
    const article = new Readability(document.cloneNode(true)).parse();
    if (article && article.content) {
      const content = new DOMParser().parseFromString(article.content, 'text/html');
      const whole = textFromBlocks(blocksFromNode(content.body));
      const text = withinBytes(whole, MAX_SENT_BYTES);
      if (text.length >= 100) {
        return page({ ok: true, source: 'readability', text, title: article.title || document.title, trimmed: text !== whole });
      }
    }
    if (mode === 'anyway') {
      if (sendableHtml() !== null) return page({ ok: true, source: 'html', html, title: document.title });
      const text = withinBytes(textFromBlocks(blocksFromNode(document.body)), MAX_SENT_BYTES);
      return page({ ok: true, source: 'text', text, title: document.title, trimmed: true });
    }
    return page({ ok: false, reason: 'no-article' });
  }

  globalThis.PrecisExtract = { extract, pageHtml, withinBytes };
})();
