/*
 * Précis: the service worker (Chrome) / background script (Firefox). It owns the network and the
 * permissions: content scripts only read the page and draw the panel, because their requests would carry
 * the page's origin. Flow: click → inject scripts → extract → show "loading" → POST → show the answer.
 */
/* global PrecisLogic */
if (typeof importScripts === 'function' && typeof PrecisLogic === 'undefined') {
  importScripts('logic.js'); // Chrome's worker; Firefox lists logic.js in background.scripts
}

const PAGE_SCRIPTS = ['vendor/Readability.js', 'vendor/Readability-readerable.js', 'src/logic.js', 'src/extract.js', 'src/overlay.js'];
const REQUEST_TIMEOUT_MS = 60000;
// Right after a toolbar click, executeScript is refused now and then (a race inside the browser that
// users hit too): try again a few times, briefly.
const INJECT_RETRY_DELAYS_MS = [50, 150, 400];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function inTab(tabId, target) {
  let lastError;
  for (const delay of [0, ...INJECT_RETRY_DELAYS_MS]) {
    if (delay) await sleep(delay);
    try {
      const [frame] = await chrome.scripting.executeScript({ target: { tabId }, ...target });
      return frame ? frame.result : undefined;
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

/** Call PrecisOverlay[method](arg) in the page. */
function overlay(tabId, method, arg) {
  return inTab(tabId, {
    func: (name, value) => globalThis.PrecisOverlay[name](value),
    args: arg === undefined ? [method] : [method, arg],
  });
}

async function loadSettings() {
  return PrecisLogic.settingsFrom(await chrome.storage.local.get(null));
}

// The summary under way in each tab: a new click replaces it, closing the panel cancels it.
const runs = new Map();

function startRun(tabId) {
  cancelRun(tabId);
  const run = { controller: new AbortController() };
  runs.set(tabId, run);
  return run;
}

function cancelRun(tabId) {
  const run = runs.get(tabId);
  if (run) run.controller.abort();
  runs.delete(tabId);
}

/** Pages where the browser lets no extension in (its own pages, the store, the PDF viewer): say so. */
async function markUnavailable(tabId) {
  try {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await chrome.action.setBadgeText({ tabId, text: '!' });
    await chrome.action.setTitle({
      tabId,
      title: PrecisLogic.t('unavailableTitle'),
    });
  } catch (err) {
    console.warn('Précis could not mark the tab:', err && err.message);
  }
}

async function clearMark(tabId) {
  try {
    await chrome.action.setBadgeText({ tabId, text: '' });
    await chrome.action.setTitle({ tabId, title: PrecisLogic.t('actionTitle') });
  } catch {
    // the tab is gone
  }
}

/** POST the page to the server: {ok, result} or {ok: false, message}; `signal` cancels it. */
async function requestSummary(page, settings, signal) {
  let request;
  try {
    request = PrecisLogic.buildRequest(page, settings);
  } catch (err) {
    return { ok: false, message: err.message };
  }
  try {
    const response = await fetch(request.url, {
      ...request.init, signal: AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
    });
    const body = await response.json().catch(() => null);
    if (response.ok && body) return { ok: true, result: body };
    return {
      ok: false,
      status: response.status,
      code: body && body.error ? body.error.code : undefined,
      message: PrecisLogic.errorMessage({
        status: response.status, body, serverUrl: settings.serverUrl, retryAfter: response.headers.get('Retry-After'),
      }),
    };
  } catch (err) {
    if (signal.aborted) return { ok: false, cancelled: true };
    const message = err.name === 'TimeoutError'
      ? PrecisLogic.t('serverTimeout', settings.serverUrl, REQUEST_TIMEOUT_MS / 1000)
      : PrecisLogic.errorMessage({ status: 0, serverUrl: settings.serverUrl });
    return { ok: false, message };
  }
}

const extractIn = (tabId, mode, where) => inTab(tabId, {
  func: (m, w) => globalThis.PrecisExtract.extract(m, w),
  args: [mode, where],
});

const ANYWAY = { label: PrecisLogic.t('summariseAnyway'), message: { type: 'precis:summarise', mode: 'anyway' } };

/** One summary of the tab: mode "auto" (article or selection) or "anyway" (no article gate). */
async function summarise(tabId, mode = 'auto') {
  const run = startRun(tabId);
  const current = () => runs.get(tabId) === run;
  try {
    await inTab(tabId, { files: PAGE_SCRIPTS });
  } catch (err) {
    console.warn('Précis cannot run on this page:', err && err.message);
    await markUnavailable(tabId);
    return { ok: false, message: PrecisLogic.t('unavailableTitle') };
  }
  await clearMark(tabId);
  await overlay(tabId, 'loading');
  const settings = await loadSettings();
  let page = await extractIn(tabId, mode, settings.extraction);
  if (!current()) return { ok: false, cancelled: true };
  if (!page || !page.ok) {
    const message = PrecisLogic.t(page && page.reason === 'not-an-article' ? 'notAnArticle' : 'noArticleText');
    const actions = mode === 'auto' ? [ANYWAY] : [];
    await overlay(tabId, 'error', { message, actions });
    return { ok: false, message };
  }
  const send = (p) => requestSummary(mode === 'anyway' ? { ...p, anyway: true } : p, settings, run.controller.signal);
  let answer = await send(page);
  if (!answer.ok && answer.status === 413 && page.source === 'html' && current()) {
    // The server takes less than this page's HTML: send the article found here instead.
    const inPage = await extractIn(tabId, mode, 'page');
    if (inPage && inPage.ok && inPage.source !== 'html') {
      page = inPage;
      answer = await send(page);
    }
  }
  if (!current() || answer.cancelled) return { ok: false, cancelled: true };
  runs.delete(tabId);
  if (!answer.ok) {
    const actions = mode === 'auto' && answer.code === 'not_an_article' ? [ANYWAY] : [];
    // The server cannot be reached, refuses the token or is not Précis: the fix is in the options.
    if (!answer.status || answer.status === 401 || answer.status === 404) {
      actions.push({ label: PrecisLogic.t('openOptions'), message: { type: 'precis:options' } });
    }
    await overlay(tabId, 'error', { message: answer.message, actions });
    return answer;
  }
  // Offsets index the text the server analysed: ours, or what it extracted from the HTML.
  const sentText = typeof answer.result.text === 'string' ? answer.result.text : page.text;
  await overlay(tabId, 'result', { result: answer.result, sentText, title: answer.result.title || page.title });
  return { ok: true };
}

chrome.action.onClicked.addListener((tab) => {
  if (tab && tab.id !== undefined) summarise(tab.id);
});

chrome.runtime.onMessage.addListener((message, sender) => {
  if (message && message.type === 'precis:summarise' && sender.tab && sender.tab.id !== undefined) {
    summarise(sender.tab.id, message.mode === 'anyway' ? 'anyway' : 'auto');
  }
  if (message && message.type === 'precis:cancel' && sender.tab && sender.tab.id !== undefined) cancelRun(sender.tab.id);
  if (message && message.type === 'precis:options') chrome.runtime.openOptionsPage();
  return false;
});

// A tab that loads a new page starts with a clean toolbar button (no "cannot run here" mark).
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') clearMark(tabId);
});
