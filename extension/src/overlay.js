/*
 * Précis: the panel laid over the page. It lives in a shadow root (the page's CSS cannot reach it, its
 * CSS cannot reach the page), every server string is inserted with textContent, and highlights use the
 * CSS Custom Highlight API, so the article's DOM is never modified. The shadow root is closed: a page
 * script can neither read the panel nor click its buttons nor insert a form into it; only the extension's
 * own scripts reach it, through `PrecisOverlay.root()` in their isolated world.
 */
(function () {
  'use strict';
  // Injected once per page; later clicks reuse it. An own property, not any value: an element with
  // id="PrecisOverlay" makes `window.PrecisOverlay` that element (named access), which stopped the panel.
  if (Object.prototype.hasOwnProperty.call(globalThis, 'PrecisOverlay')) return;

  const L = globalThis.PrecisLogic;
  // The host is an element of our own name, not an id a page could also use.
  const HOST_TAG = 'precis-overlay';
  const SENTENCE_HIGHLIGHT = 'precis-sentence';
  const ACTOR_HIGHLIGHT = 'precis-actor';

  const PANEL_CSS = `
    :host { all: initial; }
    .panel {
      position: fixed; top: 12px; right: 12px; width: min(380px, calc(100vw - 24px));
      max-height: calc(100vh - 24px); overflow: auto; box-sizing: border-box;
      padding: 14px 16px 16px; border-radius: 12px;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      color: #1d1d1f; background: #fdfdfb; border: 1px solid #d6d6d0;
      box-shadow: 0 8px 28px rgba(0, 0, 0, .18); text-align: start;
    }
    @media (prefers-color-scheme: dark) {
      .panel { color: #ececec; background: #1f2124; border-color: #3a3d42; box-shadow: 0 8px 28px rgba(0,0,0,.6); }
      .chip { background: #2c2f34; border-color: #464a50; color: #ececec; }
      .chip[aria-pressed="true"] { background: #6b5400; border-color: #c9a100; }
      .sentence:hover, .sentence:focus-visible { background: #2c2f34; }
      .muted { color: #a9adb3; }
      button.action { background: #2c2f34; color: #ececec; border-color: #464a50; }
    }
    /* Right-to-left pages: lines start on the right, so the panel covers their ends instead. */
    .panel.at-left { right: auto; left: 12px; }
    /* Narrow windows: a sheet at the bottom, so the article's first lines stay visible. */
    @media (max-width: 640px) {
      .panel, .panel.at-left { top: auto; bottom: 0; right: 0; left: 0; width: 100vw; max-height: 45vh;
               border-radius: 12px 12px 0 0; }
    }
    header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
    h2 { font-size: 16px; margin: 0; flex: 1; font-weight: 650; }
    h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; margin: 14px 0 6px; }
    .muted { color: #5f6368; font-size: 13px; }
    ol { margin: 0; padding: 0; list-style: none; }
    .sentence {
      display: block; width: 100%; text-align: start; font: inherit; color: inherit; background: none;
      border: 0; border-radius: 6px; padding: 6px 8px; margin: 0 0 4px; cursor: pointer;
    }
    .sentence:hover, .sentence:focus-visible { background: #f0efe8; }
    .chips { display: flex; flex-wrap: wrap; gap: 6px; }
    .chip {
      font: inherit; font-size: 13px; border: 1px solid #cfcfc6; border-radius: 999px; padding: 2px 10px;
      background: #f4f3ee; color: #1d1d1f; cursor: pointer;
    }
    .chip[aria-pressed="true"] { background: #ffe58a; border-color: #d4a800; }
    .chip .type { opacity: .7; font-size: 11px; }
    button.icon { font: inherit; font-size: 18px; line-height: 1; background: none; border: 0;
                  color: inherit; cursor: pointer; padding: 2px 6px; border-radius: 6px; }
    button.action { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px;
                    border: 1px solid #cfcfc6; background: #f4f3ee; color: #1d1d1f; cursor: pointer; }
    button:focus-visible { outline: 2px solid #3b82f6; outline-offset: 2px; }
    .quotes { margin: 0; padding: 0; list-style: none; }
    .quotes li { margin: 0 0 8px; font-size: 14px; }
    .quotes .speaker { font-weight: 600; }
    .quotes q { display: block; margin-top: 2px; font-style: italic; }
    .footer { display: flex; align-items: center; gap: 8px; margin-top: 12px; }
    .footer .muted { flex: 1; }
    .error { color: #b3261e; }
    @media (prefers-color-scheme: dark) { .error { color: #f2b8b5; } }
    .spinner { display: inline-block; width: 14px; height: 14px; border: 2px solid currentColor;
               border-right-color: transparent; border-radius: 50%; animation: spin .8s linear infinite;
               vertical-align: -2px; margin-inline-end: 6px; }
    @keyframes spin { to { transform: rotate(360deg); } }
    @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
  `;

  // ::highlight() rules must live in the page's own style scope, not the shadow root's. They go in a
  // <style> inside our host element (its light DOM, which the closed shadow root never shows), so they
  // leave with the host. Not an adopted sheet: Firefox refuses a content script's sheet in the page's
  // adoptedStyleSheets, which stopped the panel's setup there (no Escape, no visible highlight).
  const PAGE_CSS = `
    ::highlight(${SENTENCE_HIGHLIGHT}) { background-color: rgba(255, 214, 10, .55); color: inherit; }
    ::highlight(${ACTOR_HIGHLIGHT}) { background-color: rgba(90, 160, 255, .45); color: inherit; }
  `;

  let host = null;
  let shadow = null;
  let textIndex = null; // built on the first click, dropped on close
  let lastResult = null;
  let focusBefore = null; // where the reader was before the panel took focus; given back on close

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function ensureHost() {
    if (host && host.isConnected) return;
    host = document.createElement(HOST_TAG);
    // Inline !important beats any page rule aimed at the host element.
    host.style.cssText =
      'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;' +
      'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';
    shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    shadow.append(style);
    const pageStyle = document.createElement('style');
    pageStyle.textContent = PAGE_CSS;
    host.append(pageStyle);
    document.documentElement.append(host);
    document.addEventListener('keydown', onKeydown, true);
  }

  function onKeydown(event) {
    if (event.key === 'Escape' && host) close();
  }

  function clearHighlights() {
    if (globalThis.CSS && CSS.highlights) {
      CSS.highlights.delete(SENTENCE_HIGHLIGHT);
      CSS.highlights.delete(ACTOR_HIGHLIGHT);
    }
    if (shadow) shadow.querySelectorAll('.chip[aria-pressed="true"]').forEach((c) => c.setAttribute('aria-pressed', 'false'));
  }

  /**
   * Remove everything Précis added (panel, highlights, their style, the key listener), give focus
   * back to the page, and cancel a summary still under way so that its answer does not reopen the panel.
   */
  function close() {
    if (host && globalThis.chrome && chrome.runtime && chrome.runtime.sendMessage) {
      chrome.runtime.sendMessage({ type: 'precis:cancel' }).catch(() => {});
    }
    clearHighlights();
    document.removeEventListener('keydown', onKeydown, true);
    if (host) host.remove();
    if (focusBefore && focusBefore.isConnected && typeof focusBefore.focus === 'function') focusBefore.focus({ preventScroll: true });
    host = shadow = textIndex = lastResult = focusBefore = null;
  }

  /** Whether the page's lines start on the right (its own direction, or an article in such a language). */
  function pageIsRtl(dir) {
    const style = getComputedStyle(document.body || document.documentElement);
    return dir === 'rtl' || style.direction === 'rtl';
  }

  /**
   * Show a new state of the panel. The panel speaks the reader's language (the browser's UI language);
   * what comes from the article keeps the article's language and direction (`articleDir`).
   */
  function render(children, { articleDir } = {}) {
    if (!host || !host.isConnected) focusBefore = document.activeElement;
    ensureHost();
    shadow.querySelector('.panel')?.remove();
    const ui = L.uiLanguage();
    const panel = el(
      'section',
      {
        class: pageIsRtl(articleDir) ? 'panel at-left' : 'panel', role: 'dialog', 'aria-label': L.t('panelLabel'),
        dir: L.isRtl(ui) ? 'rtl' : 'ltr', lang: ui,
      },
      el('header', {},
        el('h2', {}, L.t('extName')),
        el('button', { class: 'icon close', type: 'button', 'aria-label': L.t('close'), title: L.t('closeTitle'), onclick: close }, '×')),
      ...children,
    );
    shadow.append(panel);
    panel.querySelector('.close').focus({ preventScroll: true });
    return panel;
  }

  // ---- live page text: ranges for sentences and mentions ----

  function index() {
    if (!textIndex) {
      const { nodes, breaks } = L.textNodesOf(document.body || document.documentElement, (element) => element.localName === HOST_TAG);
      textIndex = { nodes, ...L.buildTextIndex(nodes.map((n) => n.nodeValue), breaks) };
    }
    return textIndex;
  }

  function toRange(idx, hit) {
    const [sp, so, ep, eo] = hit;
    const range = document.createRange();
    range.setStart(idx.nodes[sp], Math.min(so, idx.nodes[sp].length));
    range.setEnd(idx.nodes[ep], Math.min(eo, idx.nodes[ep].length));
    return range;
  }

  function highlight(name, ranges) {
    if (!(globalThis.CSS && CSS.highlights && typeof Highlight === 'function')) return;
    CSS.highlights.set(name, new Highlight(...ranges));
  }

  function scrollToRange(range) {
    const target = range.startContainer.parentElement;
    if (target) target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function showSentence(sentence) {
    const idx = index();
    const hit = L.findSentence(idx, sentence.text);
    clearHighlights();
    if (!hit) return 0;
    const range = toRange(idx, hit);
    highlight(SENTENCE_HIGHLIGHT, [range]);
    scrollToRange(range);
    return 1;
  }

  function showActor(actor, chip) {
    const wasPressed = chip.getAttribute('aria-pressed') === 'true';
    clearHighlights();
    if (wasPressed) return 0;
    const idx = index();
    const ranges = [];
    for (const surface of L.actorSurfaces(actor, lastResult.sentText)) {
      for (const hit of L.findAll(idx, surface, { wholeWord: true })) ranges.push(toRange(idx, hit));
    }
    chip.setAttribute('aria-pressed', 'true');
    highlight(ACTOR_HIGHLIGHT, ranges);
    if (ranges.length) scrollToRange(ranges[0]);
    chip.dataset.highlighted = String(ranges.length);
    return ranges.length;
  }

  // ---- the states the service worker shows ----

  function loading() {
    render([el('p', { class: 'muted', role: 'status' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), L.t('summarising'))]);
  }

  function error({ message, actions }) {
    const buttons = (actions || []).map((action) =>
      el('button', { class: 'action', type: 'button', onclick: () => chrome.runtime.sendMessage(action.message) }, action.label),
    );
    render([el('p', { class: 'error', role: 'alert' }, message), buttons.length ? el('div', { class: 'footer' }, ...buttons) : null]);
  }

  function result(data) {
    const { result: res, sentText, title } = data;
    lastResult = { ...res, sentText };
    textIndex = null;
    const language = res.language || {};
    const name = L.languageName(language.code, language.name);
    const languageLine = language.reliable === false ? L.t('uncertain', name) : name;
    // The article's own words keep its language and direction inside the reader's UI.
    const article = { lang: language.code || '', dir: L.isRtl(language.code) ? 'rtl' : 'ltr' };
    const summary = el('ol', { class: 'summary', ...article },
      ...(res.summary || []).map((sentence) =>
        el('li', {}, el('button', { class: 'sentence', type: 'button', title: L.t('showInArticle'), onclick: () => showSentence(sentence) }, sentence.text))));
    const chips = el('div', { class: 'chips', lang: article.lang },
      ...(res.actors || []).map((actor) => {
        const chip = el('button', {
          class: 'chip', type: 'button', 'aria-pressed': 'false', 'data-type': actor.type,
          title: [L.t('mentions', actor.mentions), ...(actor.roles || (actor.role ? [actor.role] : []))].join(' — '),
          'aria-label': `${actor.name}, ${L.actorTypeLabel(actor.type)}`,
        }, actor.name, ' ', el('span', { class: 'type' }, L.actorTypeLabel(actor.type)));
        chip.addEventListener('click', () => showActor(actor, chip));
        return chip;
      }));
    const speakers = (res.actors || []).filter((a) => (a.quotes || []).length).slice(0, 3);
    const quotes = el('ul', { class: 'quotes', ...article },
      ...speakers.map((actor) =>
        el('li', {},
          el('span', { class: 'speaker' }, actor.name),
          actor.role ? el('span', { class: 'muted role' }, `, ${actor.role}`) : null,
          el('q', {}, actor.quotes[0]))));
    const copy = el('button', { class: 'action copy', type: 'button' }, L.t('copy'));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(L.summaryAsText(res, title));
        copy.textContent = L.t('copied');
      } catch {
        copy.textContent = L.t('copyFailed');
      }
    });
    const saved = L.readingTimeSaved(res);
    render([
      el('p', { class: 'muted language' }, languageLine),
      el('h3', {}, L.t('summaryHeading')),
      summary,
      (res.actors || []).length ? el('h3', {}, L.t('actorsHeading')) : null,
      (res.actors || []).length ? chips : null,
      speakers.length ? el('h3', {}, L.t('quotesHeading')) : null,
      speakers.length ? quotes : null,
      el('div', { class: 'footer' }, el('span', { class: 'muted saved' }, L.t('saves', L.formatDuration(saved))), copy),
    ], { articleDir: article.dir });
  }

  /** The panel's shadow root, or null: for the extension's own scripts and tests (isolated world). */
  const root = () => shadow;

  globalThis.PrecisOverlay = { loading, error, result, close, root };
})();
