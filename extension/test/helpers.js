// Shared set-up for the browser tests: where things are, a Précis server, a page server, Chromium.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const EXTENSION_DIR = path.resolve(__dirname, '..');
const REPO_DIR = path.resolve(EXTENSION_DIR, '..');
const SHARED_DIR = process.env.PRECIS_SHARED || path.resolve(REPO_DIR, '..', 'shared');
const SEED_ARTICLE = path.join(SHARED_DIR, 'seeds', 'article-de.txt');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PYTHON = process.env.PRECIS_PYTHON || path.join(REPO_DIR, '.venv', 'bin', 'python');

/** Why the browser tests cannot run here, or null. In CI a missing browser is a failure, not a skip. */
function browserSkipReason() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!fs.existsSync(PYTHON)) missing.push(`no Précis environment at ${PYTHON} (make test creates it)`);
  if (!fs.existsSync(SEED_ARTICLE)) missing.push(`no example article at ${SEED_ARTICLE} (../shared is absent)`);
  if (!missing.length) return null;
  if (process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing.join('; ')}`);
  return missing.join('; ');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, child, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Précis server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the Précis server did not become healthy in time');
}

/** The real Précis server on loopback (one gunicorn worker), with the given PRECIS_* settings. */
async function startPrecisServer(env = {}) {
  const port = await freePort();
  const serverEnv = { ...process.env, PRECIS_RATE_LIMIT: 'off', PRECIS_ACCESS_LOG: 'off', ...env };
  delete serverEnv.PRECIS_PYTHON; // ours, not the server's: it refuses unknown PRECIS_* settings
  const child = spawn(PYTHON, ['-m', 'precis.cli', 'serve', '--host', '127.0.0.1', '--port', String(port), '--workers', '1'], {
    cwd: REPO_DIR,
    env: serverEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (err) {
    child.kill();
    throw new Error(`${err.message}\n${stderr}`);
  }
  return { url, stop: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }) };
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The news-like test page with the example article's paragraphs in its body. */
function newsPage() {
  const template = fs.readFileSync(path.join(__dirname, 'fixtures', 'news-page.html'), 'utf8');
  const paragraphs = fs.readFileSync(SEED_ARTICLE, 'utf8').split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return template.replace('<!-- ARTICLE -->', paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'));
}

/** A loopback HTTP server for test pages: {path: html}, with extra response headers for every page. */
async function startPageServer(pages, headers = {}) {
  const server = http.createServer((req, res) => {
    const body = pages[req.url.split('?')[0]];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
    res.end(body || 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((r) => server.close(r)) };
}

/**
 * Chromium (Debian's, new headless) with the unpacked extension; returns context, worker and id.
 * `locale` is the browser's UI language (what chrome.i18n answers in), English by default.
 */
async function launchWithExtension({ locale = 'en-US', display = null } = {}) {
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !display, // a real window on a virtual screen (desktop.js) when the test presses real keys
    viewport: display ? null : { width: 1280, height: 1080 },
    locale,
    env: {
      ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8`,
      ...(display ? { DISPLAY: display } : {}),
    },
    args: [
      `--lang=${locale}`, ...(display ? ['--window-position=0,0', '--window-size=1280,1000'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, cdp, close };
}

/** A real toolbar click on the tab showing `page` (grants activeTab, unlike calling the handler). */
async function clickToolbar(browser, page) {
  const { targetInfos } = await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
}

/**
 * The panel lives in a closed shadow root, out of reach of the page — and of Playwright's locators. The
 * tests read it as the extension does: from the extension's isolated world in the active tab
 * (chrome.scripting from the service worker, through `PrecisOverlay.root()`), and click it with the real
 * mouse at the element's place on screen. `selector` is a CSS selector inside the shadow root;
 * `hasText` keeps the elements whose text contains it.
 */
function panelOf(browser, page) {
  const ask = (op, selector = '', extra = {}) => browser.worker.evaluate(async ([op, selector, extra]) => {
    const [tab] = await chrome.tabs.query({ active: true });
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      args: [op, selector, extra],
      func: (op, selector, extra) => {
        const overlay = Object.prototype.hasOwnProperty.call(globalThis, 'PrecisOverlay') ? globalThis.PrecisOverlay : null;
        const root = overlay ? overlay.root() : null;
        const all = root && selector
          ? [...root.querySelectorAll(selector)].filter((n) => !extra.hasText || n.textContent.includes(extra.hasText))
          : [];
        const first = all[0];
        if (op === 'count') return all.length;
        if (op === 'texts') return all.map((n) => n.textContent);
        if (op === 'attr') return first ? first.getAttribute(extra.name) : null;
        if (op === 'focus') return first ? (first.focus(), true) : false;
        if (op === 'box') {
          if (!first) return null;
          first.scrollIntoView({ block: 'nearest' });
          const r = first.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        if (op === 'style') {
          if (!first) return null;
          const s = getComputedStyle(first);
          const close = getComputedStyle(first.closest('.panel').querySelector('.close'));
          return { fontSize: s.fontSize, fontFamily: s.fontFamily, lineHeight: s.lineHeight, closeDisplay: close.display };
        }
        throw new Error(`unknown panel operation ${op}`);
      },
    });
    return frame.result;
  }, [op, selector, extra]);

  const panel = {
    count: (selector, hasText) => ask('count', selector, { hasText }),
    texts: (selector) => ask('texts', selector),
    text: async (selector) => (await ask('texts', selector))[0],
    attr: (selector, name) => ask('attr', selector, { name }),
    focus: (selector) => ask('focus', selector),
    style: (selector) => ask('style', selector),
    /** Wait until `selector` matches inside the panel. */
    async waitFor(selector, timeout = 30000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        try {
          if ((await ask('count', selector)) > 0) return;
        } catch {
          // the scripts may not be injected yet
        }
        if (Date.now() > deadline) throw new Error(`no ${selector} in the panel after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    /** A real mouse click in the middle of the element (a trusted event, as a person's). */
    async click(selector, hasText) {
      const box = await ask('box', selector, { hasText });
      if (!box) throw new Error(`no ${selector}${hasText ? ` with "${hasText}"` : ''} in the panel`);
      await page.mouse.click(box.x, box.y);
    },
  };
  return panel;
}

/**
 * What the panel must show for the example article, in any browser: its German summary, sentences taken
 * from the article, Putin and Carl Schuster among the actors, Schuster's quote. `panel` reads the panel.
 */
async function assertSeedAnswer(panel) {
  const assert = require('node:assert/strict');
  assert.equal(await panel.count('.error'), 0, await panel.text('.panel'));
  assert.equal(await panel.attr('.summary', 'lang'), 'de');
  const article = fs.readFileSync(SEED_ARTICLE, 'utf8').replace(/\s+/g, ' ');
  const sentences = await panel.texts('.summary .sentence');
  assert.ok(sentences.length >= 3, `expected at least 3 sentences, got ${sentences.length}`);
  for (const sentence of sentences) assert.ok(article.includes(sentence), `not from the article: ${sentence}`);
  const chips = await panel.texts('.chip');
  assert.ok(chips.some((c) => c.startsWith('Putin')), `no Putin among ${chips}`);
  assert.ok(chips.some((c) => c.startsWith('Carl Schuster')), `no Carl Schuster among ${chips}`);
  const quotes = await panel.texts('.quotes li');
  assert.ok(quotes.some((q) => q.startsWith('Carl Schuster') && q.includes('Nordkorea')), `quotes: ${quotes}`);
}

/** Stop what a test started, last started first: browsers (close) before the servers they use (stop). */
async function stopAll(...started) {
  for (const thing of started) {
    if (!thing) continue;
    if (typeof thing.close === 'function') await thing.close();
    else await thing.stop();
  }
}

module.exports = {
  stopAll, assertSeedAnswer,
  EXTENSION_DIR, REPO_DIR, SHARED_DIR, SEED_ARTICLE, CHROMIUM, browserSkipReason, startPrecisServer, startPageServer, newsPage,
  launchWithExtension, clickToolbar, panelOf,
};
