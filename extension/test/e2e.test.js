// End to end: Debian's Chromium with the unpacked extension, the real Précis server, a real toolbar click.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { after, before, describe, test } = require('node:test');
const h = require('./helpers');
const { desktopSkipReason, startDesktop } = require('./desktop');

const skip = h.browserSkipReason();
const TOKEN = 'e2e-test-token-long-enough';

describe('extension in Chromium', { skip: skip || false }, () => {
  let server, pages, browser, page, panel;

  before(async () => {
    server = await h.startPrecisServer({ PRECIS_API_TOKENS: TOKEN });
    pages = await h.startPageServer({
      '/news.html': h.newsPage(),
      '/shop.html': fs.readFileSync(path.join(__dirname, 'fixtures', 'not-an-article.html'), 'utf8'),
    });
    browser = await h.launchWithExtension();
    page = browser.context.pages()[0] || (await browser.context.newPage());
    panel = h.panelOf(browser, page);
  });

  after(() => h.stopAll(browser, pages, server));

  const useSettings = (settings) => browser.worker.evaluate((s) => chrome.storage.local.set(s), settings);

  async function summariseNews() {
    await page.goto(`${pages.url}/news.html`);
    await h.clickToolbar(browser, page);
  }

  test('a toolbar click shows language, summary and actors from the article', async () => {
    await useSettings({ serverUrl: server.url, token: TOKEN });
    await summariseNews();
    await panel.waitFor('.summary li, .error');
    await h.assertSeedAnswer(panel);
    assert.match(await panel.attr('.panel', 'lang'), /^en/); // the browser's UI language
    assert.match(await panel.text('.language'), /German/);
    assert.match(await panel.text('.saved'), /Saves about \d+ (s|min) of reading/);
  });

  test('with extraction in the page (Readability) the answer is the same article', async () => {
    await useSettings({ serverUrl: server.url, token: TOKEN, extraction: 'page' });
    await summariseNews();
    await panel.waitFor('.summary li, .error');
    assert.equal(await panel.count('.error'), 0, await panel.text('.panel'));
    const chips = await panel.texts('.chip');
    assert.ok(chips.some((c) => c.startsWith('Carl Schuster')), `no Carl Schuster among ${chips}`);
    await useSettings({ extraction: 'server' });
    await summariseNews(); // back to the default for the tests below
    await panel.waitFor('.summary li');
  });

  test('the page CSS does not reach the panel', async () => {
    const style = await panel.style('.sentence');
    assert.equal(style.fontSize, '15px');
    assert.doesNotMatch(style.fontFamily, /Georgia/);
    assert.equal(style.lineHeight, '22.5px');
    assert.notEqual(style.closeDisplay, 'none');
  });

  test('clicking an actor highlights its mentions in the article; clicking a sentence marks it', async () => {
    await panel.click('.chip', 'Carl Schuster');
    assert.equal(await panel.attr('.chip[aria-pressed="true"]', 'aria-pressed'), 'true');
    assert.match(await panel.text('.chip[aria-pressed="true"]'), /^Carl Schuster/);
    const marked = await page.evaluate(() => {
      const hl = CSS.highlights.get('precis-actor');
      return hl ? [...hl].map((r) => r.toString()) : [];
    });
    assert.ok(marked.length >= 2, `only ${marked.length} mention(s) highlighted`);
    assert.ok(marked.every((m) => /Schuster/.test(m)), `unexpected highlights: ${marked}`);

    const text = await panel.text('.summary .sentence');
    await panel.click('.summary .sentence');
    const sentence = await page.evaluate(() => [...(CSS.highlights.get('precis-sentence') || [])].map((r) => r.toString()));
    assert.equal(sentence.length, 1);
    assert.equal(sentence[0].replace(/\s+/g, ' ').trim(), text.trim());
    assert.equal(await page.evaluate(() => CSS.highlights.has('precis-actor')), false);

    await panel.click('.chip', 'Carl Schuster'); // back to the actor, for the screenshot
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(h.REPO_DIR, 'docs', 'overlay.png') });
  });

  test('Escape removes the panel and every highlight', async () => {
    await panel.focus('.close');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('precis-overlay').count(), 0);
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  });

  test('a wrong token gets a clear message', async () => {
    await useSettings({ serverUrl: server.url, token: 'wrong' });
    await summariseNews();
    await panel.waitFor('.error');
    assert.match(await panel.text('.error'), /refused the API token/);
    assert.equal(await panel.count('button.action', 'Open options'), 1);
  });

  test('an unreachable server gets a clear message', async () => {
    await useSettings({ serverUrl: 'http://127.0.0.1:9', token: TOKEN });
    await summariseNews();
    await panel.waitFor('.error');
    assert.match(await panel.text('.error'), /Cannot reach the Précis server at http:\/\/127\.0\.0\.1:9/);
    assert.equal(await panel.count('button.action', 'Open options'), 1);
  });

  test('a page without an article says so and offers to summarise anyway', async () => {
    await useSettings({ serverUrl: server.url, token: TOKEN });
    await page.goto(`${pages.url}/shop.html`);
    await h.clickToolbar(browser, page);
    await panel.waitFor('.error');
    assert.match(await panel.text('.error'), /does not look like an article/);
    assert.equal(await panel.count('button.action', 'Summarise anyway'), 1);
    // The page itself cannot reach the panel: its shadow root is closed.
    assert.equal(await page.evaluate(() => document.querySelector('precis-overlay').shadowRoot), null);
  });

  test('closing the panel while it summarises cancels the request; the answer does not bring it back', async () => {
    // A server that answers health at once and summaries after 1.5 s, and notes a request given up.
    let aborted = 0;
    const slow = http.createServer((req, res) => {
      if (req.url.endsWith('/health')) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        res.end(JSON.stringify({ status: 'ok', version: 'slow' }));
        return;
      }
      const cors = {
        'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Allow-Methods': 'POST',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      req.resume();
      res.on('close', () => { if (!res.writableEnded) aborted += 1; });
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(200, { 'Content-Type': 'application/json', ...cors });
        res.end(JSON.stringify({ language: { code: 'de' }, summary: [{ text: 'Late.' }], actors: [], stats: {} }));
      }, 1500);
    });
    await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      await useSettings({ serverUrl: `http://127.0.0.1:${slow.address().port}`, token: '' });
      await summariseNews();
      await panel.waitFor('[role=status]');
      await panel.focus('.close');
      await page.keyboard.press('Escape');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.equal(await page.locator('precis-overlay').count(), 0, 'the answer brought the panel back');
      assert.equal(aborted, 1, 'the request was not cancelled');
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  test('on a page no extension may enter, the toolbar button says why', async () => {
    await page.goto('chrome://version');
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id);
    await h.clickToolbar(browser, page);
    const deadline = Date.now() + 5000;
    let badge = '';
    while (!badge && Date.now() < deadline) {
      badge = await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(badge, '!');
    assert.match(await browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId), /cannot read this page/);
    await summariseNews(); // a new page: the mark is gone
    assert.equal(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
    await panel.waitFor('.summary li, .error');
  });

  test('the options page tests the connection with the token for real and shows the shortcut', async () => {
    const options = await browser.context.newPage();
    try {
      await options.goto(`chrome-extension://${browser.extensionId}/src/options.html`);
      assert.equal(await options.locator('#shortcut').textContent(), 'Alt+Shift+K');
      assert.equal(await options.locator('#sentences option').first().textContent(), "By the article's length");
      const testWith = async (url, token) => {
        await options.fill('#serverUrl', url);
        await options.fill('#token', token);
        await options.click('#test');
        await options.waitForFunction(() => !/Testing/.test(document.getElementById('status').textContent));
        return { text: await options.locator('#status').textContent(), ok: await options.locator('#status.ok').count() };
      };
      const wrong = await testWith(server.url, 'wrong-token');
      assert.match(wrong.text, /refused the API token/);
      assert.equal(wrong.ok, 0);
      const right = await testWith(server.url.replace('http://', ''), TOKEN); // "127.0.0.1:port" completed
      assert.match(right.text, /^Connected: Précis .* The token is accepted\.$/);
      assert.equal(right.ok, 1);
    } finally {
      await options.close();
    }
  });

  test('the keyboard shortcut is registered for the toolbar action', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const action = commands.find((c) => c.name === '_execute_action');
    assert.ok(action, 'no _execute_action command');
    assert.equal(action.shortcut.replace(/\s/g, ''), 'Alt+Shift+K');
  });
});

/** Debian ships Chromium's UI translations apart (chromium-l10n); without them the UI stays English. */
function germanUiSkipReason() {
  if (fs.existsSync('/usr/lib/chromium/locales/de.pak')) return null;
  if (process.env.CI) throw new Error('no German Chromium UI in CI: apt-get install chromium-l10n');
  return 'no German Chromium UI (apt-get install chromium-l10n)';
}

describe('extension in Chromium with a German UI', { skip: skip || germanUiSkipReason() || false }, () => {
  let server, pages, browser, page, panel;

  before(async () => {
    server = await h.startPrecisServer();
    pages = await h.startPageServer({ '/news.html': h.newsPage() });
    browser = await h.launchWithExtension({ locale: 'de-DE' });
    page = browser.context.pages()[0] || (await browser.context.newPage());
    panel = h.panelOf(browser, page);
  });

  after(() => h.stopAll(browser, pages, server));

  test('panel, chips and messages are in German', async () => {
    assert.match(await browser.worker.evaluate(() => chrome.i18n.getUILanguage()), /^de/);
    await browser.worker.evaluate((s) => chrome.storage.local.set(s), { serverUrl: server.url });
    await page.goto(`${pages.url}/news.html`);
    await h.clickToolbar(browser, page);
    await panel.waitFor('.summary li, .error');
    assert.equal(await panel.count('.error'), 0, await panel.text('.panel'));
    assert.match(await panel.attr('.panel', 'lang'), /^de/);
    assert.deepEqual((await panel.texts('h3')).slice(0, 2), ['Zusammenfassung', 'Wichtige Akteure']);
    assert.equal(await panel.text('.language'), 'Deutsch');
    assert.ok((await panel.texts('.chip')).some((c) => c === 'Carl Schuster Person'), 'no German type label');
    assert.match(await panel.text('.saved'), /^Spart etwa \d+ (s|Min\.) Lesezeit$/);
    await browser.worker.evaluate(() => chrome.storage.local.set({ serverUrl: 'http://127.0.0.1:9' }));
    await h.clickToolbar(browser, page);
    await panel.waitFor('.error');
    assert.match(await panel.text('.error'), /^Der Précis-Server unter http:\/\/127\.0\.0\.1:9 ist nicht erreichbar/);
    assert.equal(await panel.count('button.action', 'Einstellungen öffnen'), 1);
  });
});

describe('the keyboard shortcut in a real Chromium window', { skip: skip || desktopSkipReason() || false }, () => {
  let server, pages, desktop, browser, page, panel;

  before(async () => {
    server = await h.startPrecisServer();
    pages = await h.startPageServer({ '/news.html': h.newsPage() });
    desktop = await startDesktop();
    browser = await h.launchWithExtension({ display: desktop.display });
    page = browser.context.pages()[0] || (await browser.context.newPage());
    panel = h.panelOf(browser, page);
  });

  after(() => h.stopAll(browser, desktop, pages, server));

  test('Alt+Shift+K, pressed on the X server\'s keyboard, summarises the page', async () => {
    await browser.worker.evaluate((s) => chrome.storage.local.set(s), { serverUrl: server.url });
    await page.goto(`${pages.url}/news.html`);
    desktop.click(640, 600); // the page has the focus, as when a person reads it
    desktop.key('alt+shift+k');
    await panel.waitFor('.summary li, .error');
    assert.equal(await panel.count('.error'), 0, await panel.text('.panel'));
  });
});
