// Firefox ESR (Debian's) with the extension, driven over WebDriver BiDi by puppeteer-core, in a real
// window on a virtual screen (desktop.js) so that its toolbar button and shortcut are pressed for real.
//
// BiDi reaches the page, not an extension's isolated world, so the extension under test is a copy with
// two constants changed and nothing else: its panel's shadow root is open (the tests read the panel from
// the page, as Chromium's tests read it from the extension's world) and its default server is the test's.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { EXTENSION_DIR } = require('./helpers');

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const ICON_COLOUR = [31, 95, 91]; // icons/icon-16.png's face

function firefoxSkipReason() {
  if (fs.existsSync(FIREFOX)) return null;
  const reason = `no Firefox at ${FIREFOX} (apt-get install firefox-esr)`;
  if (process.env.CI) throw new Error(`Firefox tests cannot run in CI: ${reason}`);
  return reason;
}

/** The shipped extension with an open shadow root and `serverUrl` as its default server. */
function testCopy(serverUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-firefox-ext-'));
  for (const entry of ['manifest.json', '_locales', 'icons', 'src', 'vendor']) {
    fs.cpSync(path.join(EXTENSION_DIR, entry), path.join(dir, entry), { recursive: true });
  }
  const edit = (file, from, to) => {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    if (!source.includes(from)) throw new Error(`${file} no longer has ${from}`);
    fs.writeFileSync(path.join(dir, file), source.replace(from, to));
  };
  edit('src/overlay.js', "attachShadow({ mode: 'closed' })", "attachShadow({ mode: 'open' })");
  edit('src/logic.js', "serverUrl: 'http://127.0.0.1:8000'", `serverUrl: '${serverUrl}'`);
  return dir;
}

/** Firefox in a real window on `desktop`, with the test copy installed; returns {browser, page, close}. */
async function launchFirefox(desktop, serverUrl) {
  const puppeteer = require('puppeteer-core');
  const extensionDir = testCopy(serverUrl);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: false,
    env: desktop.env,
    args: ['--width=1280', '--height=1000'],
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Offline, a saved page's outside resources (iframes, fonts) would hang its load: send them to a
      // closed port so they fail at once. Loopback (our servers) is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
    },
  });
  await browser.installExtension(extensionDir);
  const [page] = await browser.pages();
  await page.setViewport(null).catch(() => {});
  return {
    browser,
    page,
    async close() {
      await browser.close();
      fs.rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/**
 * A real mouse click on our toolbar button, found on screen by its colour above the page (the browser's
 * own bars: the page cannot paint there, whatever its colours).
 */
async function clickToolbarButton(desktop, page) {
  const contentTop = Math.floor(await page.evaluate(() => window.mozInnerScreenY));
  const deadline = Date.now() + 10000;
  for (;;) {
    const spot = desktop.findColour(ICON_COLOUR, { rows: contentTop, tolerance: 12 });
    if (spot && spot.pixels >= 40) {
      desktop.click(spot.x, spot.y);
      return spot;
    }
    if (Date.now() > deadline) throw new Error('the Précis button is not on the toolbar');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The panel, read from the page through the test copy's open shadow root; clicked with the real mouse. */
function panelIn(page, desktop) {
  const ask = (op, selector, hasText, name) => page.evaluate((op, selector, hasText, name) => {
    const host = document.querySelector('precis-overlay');
    const root = host && host.shadowRoot;
    const all = root ? [...root.querySelectorAll(selector)].filter((n) => !hasText || n.textContent.includes(hasText)) : [];
    if (op === 'count') return all.length;
    if (op === 'texts') return all.map((n) => n.textContent);
    if (op === 'attr') return all[0] ? all[0].getAttribute(name) : null;
    if (op === 'box') {
      if (!all[0]) return null;
      all[0].scrollIntoView({ block: 'nearest' });
      const r = all[0].getBoundingClientRect();
      // Screen coordinates (Firefox tells where the page sits on the screen), for the X server's mouse.
      return { x: window.mozInnerScreenX + r.x + r.width / 2, y: window.mozInnerScreenY + r.y + r.height / 2 };
    }
    throw new Error(op);
  }, op, selector, hasText || '', name || '');
  return {
    count: (selector, hasText) => ask('count', selector, hasText),
    texts: (selector) => ask('texts', selector),
    text: async (selector) => (await ask('texts', selector))[0],
    attr: (selector, name) => ask('attr', selector, '', name),
    async waitFor(selector, timeout = 30000) {
      const deadline = Date.now() + timeout;
      while ((await ask('count', selector)) === 0) {
        if (Date.now() > deadline) throw new Error(`no ${selector} in the panel after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async click(selector, hasText) {
      const box = await ask('box', selector, hasText);
      if (!box) throw new Error(`no ${selector} in the panel`);
      desktop.click(box.x, box.y);
    },
  };
}

module.exports = { firefoxSkipReason, launchFirefox, clickToolbarButton, panelIn };
