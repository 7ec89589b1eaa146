/*
 * Précis: the extension's pure logic — no chrome.* and no page state — shared by the service worker,
 * the content scripts and the Node tests. Loaded as a classic script (content scripts cannot be modules),
 * so it exports to `globalThis.PrecisLogic` in the browser and to `module.exports` in Node.
 */
(function (root) {
  'use strict';

  const DEFAULT_SETTINGS = Object.freeze({
    serverUrl: 'http://127.0.0.1:8000',
    token: '',
    sentences: 0, // 0: the server decides by the article's length
    algorithm: 'precis',
    extraction: 'server', // 'server': trafilatura on the page's HTML (measured better); 'page': Readability here
  });

  const ALGORITHMS = ['precis', 'lead', 'lexrank-sparse', 'lexrank', 'textrank', 'lsa', 'luhn', 'sumbasic', 'kl'];

  // Scripts written right to left (ISO 639-1): Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Divehi, Sindhi.
  const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ug']);

  const WORDS_PER_MINUTE = 230;
  /** This machine by name or address: the one place plain http:// is safe. */
  const LOOPBACK_HOST_RE = /^(?:localhost|::1|127(?:\.\d{1,3}){3})$/;

  // Elements after which a reader sees a new paragraph; their text becomes its own block.
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
    'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
    'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
  ]);
  const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

  // ---- messages in the reader's language ----

  let catalogue = null; // a messages.json object (Node tests, jsdom); in the browser chrome.i18n answers

  /** Use this messages.json instead of the browser's (tests; the browser picks the locale itself). */
  function useMessages(messages) {
    catalogue = messages;
  }

  /** The message `key` in the browser's UI language, `$1`… replaced by `substitutions`. */
  function t(key, ...substitutions) {
    const args = substitutions.map(String);
    const i18n = !catalogue && root.chrome && root.chrome.i18n;
    if (i18n && typeof i18n.getMessage === 'function') {
      const text = i18n.getMessage(key, args);
      if (text) return text;
    }
    const entry = catalogue && catalogue[key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message.replace(/\$(\d)/g, (_, n) => args[Number(n) - 1] ?? '');
  }

  /** The browser's UI language ("de", "pt-BR"), for names of languages and for `lang` attributes. */
  function uiLanguage() {
    const i18n = root.chrome && root.chrome.i18n;
    return (i18n && typeof i18n.getUILanguage === 'function' && i18n.getUILanguage()) || 'en';
  }

  /** A language's name in the reader's language ("de" → "Deutsch" in a German browser). */
  function languageName(code, fallback, locale = uiLanguage()) {
    try {
      const name = code && new Intl.DisplayNames([locale], { type: 'language' }).of(code);
      if (name && name !== code) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    } catch {
      // an unknown code or an old engine
    }
    return fallback || t('unknownLanguage');
  }

  /** Check and tidy a server URL: http(s) only, no trailing slash. Throws with a readable message. */
  function normaliseServerUrl(value) {
    let text = String(value || '').trim();
    // "127.0.0.1:8000" or "precis.example.org": complete the scheme (plain http only on this machine).
    if (text && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      const host = text.split(/[/:]/)[0].toLowerCase();
      text = `${LOOPBACK_HOST_RE.test(host) || text.startsWith('[::1]') ? 'http' : 'https'}://${text}`;
    }
    let url;
    try {
      url = new URL(text);
    } catch {
      throw new Error(t('invalidUrl'));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(t('urlScheme'));
    }
    if (url.username || url.password) throw new Error(t('tokenInUrl'));
    // The API's own address pasted in ("…/api/v1", "…/api/v1/health"): the server is what comes before.
    const path = url.pathname.replace(/\/api\/v1(?:\/[a-z]*)?\/*$/i, '');
    return (url.origin + path).replace(/\/+$/, '');
  }

  /**
   * What "Test connection" found, in words: `health` is the answer to GET /api/v1/health ({status, body}),
   * `probe` the answer to a one-sentence summary sent with the token ({status, body}), so that a wrong or
   * missing token is found here and not at the first article. Returns {ok, text}.
   */
  function connectionMessage({ health, probe, serverUrl, token }) {
    const isPrecis = health && health.body && typeof health.body.version === 'string'
      && (health.body.status === 'ok' || health.body.status === 'degraded');
    const fail = (text) => ({ ok: false, text });
    if (!health || !health.status) return fail(errorMessage({ status: 0, serverUrl }));
    if (!isPrecis) return fail(t('notPrecis', serverUrl, health.status));
    if (probe.status === 401) return fail(token ? t('tokenRefused') : t('tokenNeeded'));
    if (probe.status >= 200 && probe.status < 300) {
      const parts = [t('connected', health.body.version, serverUrl), token ? t('tokenAccepted') : t('noTokenNeeded')];
      if (health.body.status === 'degraded') parts.push(t('degraded'));
      return { ok: true, text: parts.join(' ') };
    }
    return fail(errorMessage({ status: probe.status, body: probe.body, serverUrl }));
  }

  /** The host-permission pattern that covers exactly this server (any path). */
  function permissionPattern(serverUrl) {
    const url = new URL(normaliseServerUrl(serverUrl));
    return `${url.protocol}//${url.hostname}/*`;
  }

  /**
   * Whether requests to this server cross a network unencrypted: plain http:// to anything but this
   * machine. The page and the token would travel readable by anyone on the way.
   */
  function isUnencryptedRemote(serverUrl) {
    const url = new URL(normaliseServerUrl(serverUrl));
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return url.protocol === 'http:' && !LOOPBACK_HOST_RE.test(host);
  }

  /** Settings from storage, with defaults filled in and wrong types replaced. */
  function settingsFrom(stored) {
    const s = { ...DEFAULT_SETTINGS, ...(stored || {}) };
    const sentences = Number(s.sentences);
    return {
      serverUrl: typeof s.serverUrl === 'string' && s.serverUrl ? s.serverUrl : DEFAULT_SETTINGS.serverUrl,
      token: typeof s.token === 'string' ? s.token.trim() : '',
      sentences: Number.isInteger(sentences) && sentences >= 1 && sentences <= 20 ? sentences : 0,
      algorithm: ALGORITHMS.includes(s.algorithm) ? s.algorithm : DEFAULT_SETTINGS.algorithm,
      extraction: s.extraction === 'page' ? 'page' : 'server',
    };
  }

  /** The fetch() arguments for one summary request: the body carries only what the API knows. */
  function buildRequest(page, settings) {
    const body = { algorithm: settings.algorithm };
    if (page.html !== undefined) body.html = page.html;
    else body.text = page.text;
    // "Summarise anyway": a site's front page too, which the server otherwise refuses (not_an_article).
    if (page.html !== undefined && page.anyway) body.require_article = false;
    if (page.title) body.title = page.title;
    if (page.url) body.url = page.url;
    const hint = languageHint(page.lang);
    if (hint) body.language_hint = hint;
    if (settings.sentences) body.sentences = settings.sentences;
    const headers = { 'Content-Type': 'application/json' };
    if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
    return {
      url: `${normaliseServerUrl(settings.serverUrl)}/api/v1/summarize`,
      init: { method: 'POST', headers, body: JSON.stringify(body) },
    };
  }

  // The server's rule (server/precis/extraction.py, is_front_page), here for in-page extraction too: a
  // site's root or index file, no query ("?p=3289" names a post), and no markup that calls it an article.
  const FRONT_PATH_RE = /^\/?(?:(?:index|default|home|start|welcome)(?:\.\w{2,5})?\/?)?$/i;
  const ARTICLE_TYPE_RE = /"@type"\s*:\s*\[?\s*"(?:(?:News|Reportage|Analysis|Opinion|Review|Tech|Scholarly|Satirical)?Article|BlogPosting|LiveBlogPosting|Report)"/i;

  /**
   * Whether a page is a site's front page (teasers, not an article): `pathname` and `search` of its
   * address, `ogType` its og:type, `jsonLd` the text of its JSON-LD blocks. Section fronts ("/politik/")
   * are not recognised: their addresses look like articles' too often.
   */
  function isFrontPage({ pathname, search, ogType = '', jsonLd = '' }) {
    if (search || !FRONT_PATH_RE.test(pathname || '/')) return false;
    return !/^article/i.test(ogType) && !ARTICLE_TYPE_RE.test(jsonLd);
  }

  /** `<html lang="de-CH">` → "de"; anything that is not a language tag → "". */
  function languageHint(lang) {
    const match = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(String(lang || '').trim());
    return match ? match[1].toLowerCase() : '';
  }

  /** What to tell the person when a request failed: say what happened and what to do about it. */
  function errorMessage(failure) {
    const { status, body, serverUrl, retryAfter } = failure;
    const serverSays = body && body.error && typeof body.error.message === 'string' ? body.error.message : '';
    if (!status) return t('cannotReach', serverUrl);
    switch (status) {
      case 401:
        return t('tokenRefused');
      case 413:
        return t('tooLarge');
      case 415:
      case 400:
        return t('badRequest', serverSays || status);
      case 422:
        if (body && body.error && body.error.code === 'not_an_article') return t('frontPage');
        return t('noText');
      case 429:
        return retryAfter ? t('tooManyIn', retryAfter) : t('tooMany');
      default:
        return t('serverError', `${status}${serverSays ? `: ${serverSays}` : ''}`);
    }
  }

  function isRtl(lang) {
    return RTL_LANGUAGES.has(languageHint(lang));
  }

  function countWords(text) {
    const words = String(text || '').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu);
    return words ? words.length : 0;
  }

  /** Seconds the summary saves over reading the whole article, never negative. */
  function readingTimeSaved(result) {
    const whole = result.stats && Number(result.stats.reading_time_seconds);
    if (!Number.isFinite(whole)) return 0;
    const summaryWords = (result.summary || []).reduce((n, s) => n + countWords(s.text), 0);
    return Math.max(0, Math.round(whole - (summaryWords / WORDS_PER_MINUTE) * 60));
  }

  function formatDuration(seconds) {
    if (seconds < 60) return t('seconds', Math.max(0, Math.round(seconds)));
    return t('minutes', Math.round(seconds / 60));
  }

  const TYPE_LABELS = { person: 'typePerson', organization: 'typeOrganisation', location: 'typePlace' };

  function actorTypeLabel(type) {
    return t(TYPE_LABELS[type] || 'typeOther');
  }

  /** Plain text for the clipboard: summary as bullets, then the actors. */
  function summaryAsText(result, title) {
    const lines = [];
    if (title) lines.push(title, '');
    for (const sentence of result.summary || []) lines.push(`• ${sentence.text}`);
    const actors = (result.actors || []).map((a) => `${a.name} (${actorTypeLabel(a.type)})`);
    if (actors.length) lines.push('', t('keyActorsLine', actors.join(', ')));
    return lines.join('\n');
  }

  /**
   * The text of a DOM subtree as paragraphs separated by blank lines. Readability's `textContent` glues
   * paragraphs ("…benötigt.Trotz…"), which breaks sentence splitting; the server treats blank lines as
   * sentence boundaries.
   */
  function blocksFromNode(node) {
    const blocks = [];
    let current = '';
    const flush = () => {
      const text = current.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
      if (text) blocks.push(text);
      current = '';
    };
    const walk = (n) => {
      if (n.nodeType === 3) {
        current += n.nodeValue.replace(/\s+/g, ' ');
        return;
      }
      if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
      const tag = n.tagName ? n.tagName.toUpperCase() : '';
      if (SKIPPED_TAGS.has(tag)) return;
      if (tag === 'BR') {
        current += '\n';
        return;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      for (let child = n.firstChild; child; child = child.nextSibling) walk(child);
      if (block) flush();
    };
    walk(node);
    flush();
    return blocks;
  }

  function textFromBlocks(blocks) {
    return blocks.join('\n\n');
  }

  // Characters that differ between a page and the text the server analysed without changing what a
  // reader reads: typographic quotes, apostrophes and dashes are compared in one form, and soft hyphens
  // and zero-width characters (invisible, and absent from extracted text) are not compared at all.
  const FOLDED = new Map([
    ...[...'\u2018\u2019\u201a\u201b\u2032\u00b4`'].map((c) => [c, "'"]),
    ...[...'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'].map((c) => [c, '"']),
    ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c) => [c, '-']),
  ]);
  const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

  /**
   * The text nodes under `root` in document order, and for each whether a paragraph boundary (a block
   * element or <br>) lies between it and the one before. `isSkipped(element)` drops a subtree (our own
   * panel, scripts). Tag names, not computed styles: fast on long pages and good enough for word edges.
   */
  function textNodesOf(root, isSkipped = () => false) {
    const nodes = [];
    const breaks = [];
    let pendingBreak = true;
    const walk = (n) => {
      if (n.nodeType === 3) {
        if (n.nodeValue && n.nodeValue.trim()) {
          nodes.push(n);
          breaks.push(pendingBreak);
          pendingBreak = false;
        } else if (n.nodeValue) {
          pendingBreak = pendingBreak || /\s/.test(n.nodeValue);
        }
        return;
      }
      if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
      const tag = n.tagName ? n.tagName.toUpperCase() : '';
      if (SKIPPED_TAGS.has(tag) || tag === 'TEXTAREA' || (n.nodeType === 1 && isSkipped(n))) return;
      const block = BLOCK_TAGS.has(tag) || tag === 'BR';
      if (block) pendingBreak = true;
      for (let child = n.firstChild; child; child = child.nextSibling) walk(child);
      if (block) pendingBreak = true;
    };
    walk(root);
    return { nodes, breaks };
  }

  /**
   * An index over a page's text that finds a string however the page split it into nodes and spaced it.
   * White space is not compared at all: a link, an emphasis or a drop cap (`<a>Mugabe</a>, his`,
   * `<span>W</span>hale`) and the text the server extracted ("Mugabe, his", "Whale") then read the same,
   * as do `<br>`, non-breaking spaces and soft hyphens. `pieces` are the text nodes' values in document
   * order; `breaks[p]` says a paragraph boundary precedes piece p (word edges for whole-word search).
   * A match is [startPiece, startOffset, endPiece, endOffset], ready for a DOM Range.
   */
  function buildTextIndex(pieces, breaks = []) {
    const chars = [];
    const where = []; // for each compared character: [piece, offset]
    const gaps = []; // for each compared character: white space or a paragraph boundary comes before it
    let gap = true;
    pieces.forEach((piece, p) => {
      if (breaks[p]) gap = true;
      for (let i = 0; i < piece.length; i++) {
        const ch = piece[i];
        if (/\s/.test(ch)) {
          gap = true;
          continue;
        }
        if (INVISIBLE_RE.test(ch)) continue;
        chars.push(FOLDED.get(ch) || ch);
        where.push([p, i]);
        gaps.push(gap);
        gap = false;
      }
    });
    return { flat: chars.join(''), where, gaps };
  }

  /** `text` as the index compares it: no white space or invisible characters, quotes and dashes folded. */
  function dense(text) {
    let out = '';
    for (const ch of String(text || '')) {
      if (/\s/.test(ch) || INVISIBLE_RE.test(ch)) continue;
      out += FOLDED.get(ch) || ch;
    }
    return out;
  }

  function squash(text) {
    return String(text || '').replace(/\s+/g, ' ').trim();
  }

  /** Every occurrence of `needle` in the index, at most `limit`; `wholeWord`: not inside a longer word. */
  function findAll(index, needle, { wholeWord = false, limit = 200 } = {}) {
    const target = dense(needle);
    const found = [];
    if (!target) return found;
    let from = 0;
    while (found.length < limit) {
      const at = index.flat.indexOf(target, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + target.length;
      if (wholeWord && (joinsWord(index, at) || joinsWord(index, end))) continue;
      const [startPiece, startOffset] = index.where[at];
      const [endPiece, lastOffset] = index.where[end - 1];
      found.push([startPiece, startOffset, endPiece, lastOffset + 1]);
    }
    return found;
  }

  /** Whether the characters either side of position `i` belong to one word (no space or boundary between). */
  function joinsWord(index, i) {
    return i > 0 && i < index.flat.length && !index.gaps[i]
      && isWordChar(index.flat[i - 1]) && isWordChar(index.flat[i]);
  }

  function isWordChar(ch) {
    return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  }

  /**
   * Where a summary sentence stands in the page. Readability or the server may have changed the text a
   * little, so when the whole sentence is not found, its longest leading part that is found (down to 40
   * characters) is used.
   */
  function findSentence(index, sentence) {
    let target = squash(sentence);
    while (target.length >= 40) {
      const [hit] = findAll(index, target, { limit: 1 });
      if (hit) return hit;
      target = target.slice(0, Math.floor(target.length * 0.7)).trim();
    }
    const [hit] = target ? findAll(index, target, { limit: 1 }) : [];
    return hit || null;
  }

  /** The distinct strings an actor appears as in the sent text (its mentions, name and aliases). */
  function actorSurfaces(actor, sentText) {
    const surfaces = new Set();
    for (const [start, end] of actor.mentions_at || []) {
      const s = squash(String(sentText || '').slice(start, end));
      if (s) surfaces.add(s);
    }
    if (!surfaces.size) {
      surfaces.add(actor.name);
      for (const alias of actor.aliases || []) surfaces.add(alias);
    }
    // Longest first, so "Kim Jong Un" is marked before "Kim" inside it.
    return [...surfaces].sort((a, b) => b.length - a.length);
  }

  const api = {
    useMessages, t, uiLanguage, languageName, DEFAULT_SETTINGS, ALGORITHMS, normaliseServerUrl, connectionMessage, permissionPattern, isUnencryptedRemote,
    settingsFrom, buildRequest, isFrontPage,
    languageHint, errorMessage, isRtl, countWords, readingTimeSaved, formatDuration, actorTypeLabel,
    summaryAsText, blocksFromNode, textFromBlocks, textNodesOf, buildTextIndex, dense, findAll, findSentence, actorSurfaces,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.PrecisLogic = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
