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

/** POST the page to the server: {ok, result} or {ok: false, message}. */
async function requestSummary(page, settings) {
  let request;
  try {
    request = PrecisLogic.buildRequest(page, settings);
  } catch (err) {
    return { ok: false, message: err.message };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(request.url, { ...request.init, signal: controller.signal });
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
    const message = err.name === 'AbortError'
      ? `The server at ${settings.serverUrl} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`
      : PrecisLogic.errorMessage({ status: 0, serverUrl: settings.serverUrl });
    return { ok: false, message };
  } finally {
    clearTimeout(timer);
  }
}

/** One summary of the tab: mode "auto" (article or selection) or "anyway" (no article gate). */
async function summarise(tabId, mode = 'auto') {
  try {
    await inTab(tabId, { files: PAGE_SCRIPTS });
  } catch (err) {
    console.warn('Précis cannot run on this page:', err && err.message);
    return { ok: false, message: 'Précis cannot run on this page.' };
  }
  await overlay(tabId, 'loading');
  const settings = await loadSettings();
  const page = await inTab(tabId, {
    func: (m, where) => globalThis.PrecisExtract.extract(m, where),
    args: [mode, settings.extraction],
  });
  if (!page || !page.ok) {
    const message = page && page.reason === 'not-an-article'
      ? 'This page does not look like an article. Select a passage and click again, or summarise the whole page.'
      : 'No article text was found on this page.';
    const actions = mode === 'auto' ? [{ label: 'Summarise anyway', message: { type: 'precis:summarise', mode: 'anyway' } }] : [];
    await overlay(tabId, 'error', { message, actions });
    return { ok: false, message };
  }
  const answer = await requestSummary(mode === 'anyway' ? { ...page, anyway: true } : page, settings);
  if (!answer.ok) {
    const actions = mode === 'auto' && answer.code === 'not_an_article'
      ? [{ label: 'Summarise anyway', message: { type: 'precis:summarise', mode: 'anyway' } }] : [];
    // The server cannot be reached, refuses the token or is not Précis: the fix is in the options.
    if (!answer.status || answer.status === 401 || answer.status === 404) {
      actions.push({ label: 'Open options', message: { type: 'precis:options' } });
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
  if (message && message.type === 'precis:options') chrome.runtime.openOptionsPage();
  return false;
});
