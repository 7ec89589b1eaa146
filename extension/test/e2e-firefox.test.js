// End to end in Firefox ESR: a real window on a virtual screen, the real Précis server, a real click on
// the toolbar button and the real keyboard shortcut (see firefox.js for what differs from the shipped code).
'use strict';
const assert = require('node:assert/strict');
const { after, before, describe, test } = require('node:test');
const h = require('./helpers');
const { desktopSkipReason, startDesktop, HEIGHT } = require('./desktop');
const ff = require('./firefox');

const skip = h.browserSkipReason() || desktopSkipReason() || ff.firefoxSkipReason();

describe('extension in Firefox', { skip: skip || false }, () => {
  let server, pages, desktop, firefox, page, panel;

  before(async () => {
    server = await h.startPrecisServer();
    pages = await h.startPageServer({ '/news.html': h.newsPage() });
    desktop = await startDesktop();
    firefox = await ff.launchFirefox(desktop, server.url);
    page = firefox.page;
    panel = ff.panelIn(page, desktop);
  });

  after(() => h.stopAll(firefox, desktop, pages, server));

  test('a real click on the toolbar button shows summary, actors and quotes', async () => {
    await page.goto(`${pages.url}/news.html`);
    await ff.clickToolbarButton(desktop, page);
    await panel.waitFor('.summary li, .error');
    await h.assertSeedAnswer(panel);
  });

  test('clicking a sentence highlights it in the article', async () => {
    const text = await panel.text('.summary .sentence');
    await panel.click('.summary .sentence');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const marked = await page.evaluate(() => [...(CSS.highlights.get('precis-sentence') || [])].map((r) => r.toString()));
    assert.equal(marked.length, 1);
    assert.equal(marked[0].replace(/\s+/g, ' ').trim(), text.trim());
    // …and painted on screen: the highlight's yellow over the page's background, (251, 228, 114).
    const painted = desktop.findColour([251, 228, 114], { rows: HEIGHT, tolerance: 14 });
    assert.ok(painted && painted.pixels > 2000, `the highlight is not painted (${painted && painted.pixels} pixels)`);
  });

  test('Escape closes the panel; the keyboard shortcut (Alt+Shift+K) opens it again', async () => {
    desktop.key('Escape');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await page.evaluate(() => Boolean(document.querySelector('precis-overlay'))), false);
    desktop.click(640, 600); // the page has the focus, as when a person reads it
    desktop.key('alt+shift+k');
    await panel.waitFor('.summary li, .error');
    assert.equal(await panel.count('.error'), 0);
  });
});
