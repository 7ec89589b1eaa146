// The panel checked by axe-core in Chromium: every state (loading, error with actions, a real answer for
// the example article) in light and dark colour schemes; no serious or critical violation. The panel is
// rendered by the shipped overlay.js in a plain page whose attachShadow is made to open roots, because axe
// (like any page script) cannot see into the closed root the extension uses.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { after, before, describe, test } = require('node:test');
const h = require('./helpers');

const skip = h.browserSkipReason();
const read = (file) => fs.readFileSync(path.join(h.EXTENSION_DIR, file), 'utf8');

describe('accessibility of the panel (axe-core)', { skip: skip || false }, () => {
  let server, pages, browser, page, answer;

  before(async () => {
    server = await h.startPrecisServer();
    const response = await fetch(`${server.url}/api/v1/summarize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: fs.readFileSync(h.SEED_ARTICLE, 'utf8') }),
    });
    answer = await response.json();
    pages = await h.startPageServer({ '/news.html': h.newsPage() });
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({ executablePath: h.CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
    });
    await page.goto(`${pages.url}/news.html`);
    await page.addScriptTag({ content: read('src/logic.js') });
    await page.evaluate((messages) => globalThis.PrecisLogic.useMessages(messages), JSON.parse(read('_locales/en/messages.json')));
    await page.addScriptTag({ content: read('src/overlay.js') });
    await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  });

  after(() => h.stopAll(browser, pages, server));

  async function violations() {
    return page.evaluate(async () => {
      const result = await globalThis.axe.run({ include: [['precis-overlay']] }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  const states = {
    loading: () => globalThis.PrecisOverlay.loading(),
    error: () => globalThis.PrecisOverlay.error({ message: 'Cannot reach the server.', actions: [{ label: 'Open options', message: {} }] }),
  };

  for (const scheme of ['light', 'dark']) {
    test(`${scheme}: loading, error and answer have no serious or critical violation`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, show] of Object.entries(states)) {
        await page.evaluate(show);
        assert.deepEqual(await violations(), [], `${scheme} ${name}`);
      }
      await page.evaluate((result) => globalThis.PrecisOverlay.result({ result, sentText: result.text || '', title: 'T' }), answer);
      assert.ok(await page.evaluate(() => document.querySelector('precis-overlay').shadowRoot.querySelectorAll('.chip').length) > 3);
      assert.deepEqual(await violations(), [], `${scheme} answer`);
    });
  }
});
