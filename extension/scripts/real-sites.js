// `make eval-extension`: the extension on real article pages, as a reader uses it. Each page of the list
// below (saved real pages from ../shared/data/webpages, several languages, one right to left) is served on
// loopback, summarised with a real toolbar click in the browser, and every summary sentence is clicked:
// it counts as highlighted when the page's highlighted text is the whole sentence (white space, quotes
// and dashes folded, as the extension compares). Writes the table to docs/extension-sites.md.
// Chromium is driven by playwright-core (a CDP toolbar click), Firefox ESR by puppeteer-core over BiDi in a
// real window on Xvfb (a real mouse click on the toolbar button; test/firefox.js says what differs).
// Usage: node scripts/real-sites.js [--browser chromium|firefox|both] [--pages PREFIX,…] [--out FILE]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const h = require('../test/helpers');
const { desktopSkipReason, startDesktop } = require('../test/desktop');
const ff = require('../test/firefox');
const L = require('../src/logic');

// Picked from the corpus by reading them: news and magazine articles, 8 languages, Arabic right to left.
const PAGES = [
  ['de', 'mdr.de.autohaeuser.html'], ['de', 'skispringen.com-verpasst.html'], ['de', 'spox.com-corona-fealle.html'],
  ['de', 'ingenieur.de.kernfusion.html'], ['de', 'iconmagazine.de.sharonstone.html'], ['de', 'brandeins.de.wahresIch.html'],
  ['en', 'theintercept.com-Gaza.html'], ['en', 'politico.com.retirement.html'], ['en', 'theverge.com.ios13.html'],
  ['en', 'boingboing.net.millenials.html'], ['en', 'knowtechie.com.rally.html'],
  ['es', 'cooperativa.cl-presidente.html'], ['es', 'eluniversal.com-senador.html'], ['es', 'elpais.com.ciencia.html'],
  ['es', 'ultimasnoticias.com.ve-ucraina.html'],
  ['fr', 'ledevoir.com.trottinettes.html'], ['fr', 'francais.radio.cz-ministre.html'],
  ['fr', 'sciencesetavenir.fr.rumeur.html'], ['fr', 'tdg.ch.chlorothalonil.html'],
  ['it', 'lastampa.it.temperature.html'], ['it', 'vegolosi.it.climate.html'],
  ['pt', 'correiobraziliense.com.br-poderes.html'], ['pt', 'brasil247.com-militares.html'],
  ['ru', 'football.ua.podolski.html'], ['ar', 'assabah.com.tn.article.html'],
];

function argument(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

async function waitForAnswer(panel, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await panel.count('.summary li, .error')) > 0) return;
    } catch {
      // scripts not injected yet
    }
    if (Date.now() > deadline) throw new Error('no answer in the panel');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One page: `click` presses the toolbar button; the panel is read and clicked through `panel`. */
async function runPage(page, panel, url, click) {
  // The DOM, not every image: offline, a page's outside resources can hang a browser's load event.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
  const started = Date.now();
  await click();
  await waitForAnswer(panel);
  const ms = Date.now() - started;
  if (await panel.count('.error')) return { shown: true, ms, error: await panel.text('.error') };
  const sentences = await panel.texts('.summary .sentence');
  let highlighted = 0;
  const missed = [];
  for (const [i, sentence] of sentences.entries()) {
    await panel.click(`.summary li:nth-child(${i + 1}) .sentence`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the real mouse's click is handled
    const marked = await page.evaluate(() => [...(CSS.highlights.get('precis-sentence') || [])].map((r) => r.toString()).join(''));
    if (marked && L.dense(marked) === L.dense(sentence)) highlighted += 1;
    else missed.push({ sentence, marked });
  }
  return { shown: true, ms, sentences: sentences.length, highlighted, actors: await panel.count('.chip'), missed };
}

function table(browserName, rows) {
  const lines = [
    `## ${browserName}`, '',
    '| page | lang | panel | time to summary | sentences highlighted | actors |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const result = r.error ? `error: ${r.error}` : `${r.highlighted} / ${r.sentences}`;
    lines.push(`| ${r.file} | ${r.lang} | ${r.shown ? 'yes' : 'no'} | ${r.ms ?? '–'} ms | ${result} | ${r.actors ?? '–'} |`);
  }
  const done = rows.filter((r) => !r.error);
  const total = done.reduce((n, r) => n + r.sentences, 0);
  const marked = done.reduce((n, r) => n + r.highlighted, 0);
  const times = done.map((r) => r.ms).sort((a, b) => a - b);
  lines.push('', `Panel shown on ${rows.filter((r) => r.shown).length} of ${rows.length} pages; summary sentences `
    + `highlighted in full: ${marked} of ${total}; median time to summary ${times[Math.floor(times.length / 2)]} ms.`);
  const misses = done.flatMap((r) => r.missed.map((m) => `- ${r.file}: "${m.sentence.slice(0, 90)}" → marked "${(m.marked || '').slice(0, 60)}"`));
  if (misses.length) lines.push('', 'Not highlighted in full:', '', ...misses);
  return lines.join('\n');
}

async function eachPage(pages, run) {
  const rows = [];
  const only = argument('pages', '');
  for (const [lang, file] of PAGES) {
    if (only && !only.split(',').some((name) => file.startsWith(name))) continue;
    let row;
    try {
      row = await run(`${pages.url}/${encodeURIComponent(file)}`);
    } catch (err) {
      row = { shown: false, error: String(err.message).split('\n')[0] };
    }
    rows.push({ file, lang, ...row });
    console.log(file, row.error || `${row.highlighted}/${row.sentences} highlighted, ${row.ms} ms, ${row.actors} actors`);
  }
  return rows;
}

async function inChromium(server, pages) {
  const browser = await h.launchWithExtension();
  try {
    await browser.worker.evaluate((s) => chrome.storage.local.set(s), { serverUrl: server.url });
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const panel = h.panelOf(browser, page);
    return await eachPage(pages, (url) => runPage(page, panel, url, () => h.clickToolbar(browser, page)));
  } finally {
    await browser.close();
  }
}

async function inFirefox(server, pages) {
  const desktop = await startDesktop();
  let firefox;
  try {
    firefox = await ff.launchFirefox(desktop, server.url);
    let { page } = firefox;
    return await eachPage(pages, async (url) => {
      // A new tab for each page: leaving some saved pages hangs puppeteer's next navigation in Firefox.
      const fresh = await firefox.browser.newPage();
      await page.close().catch(() => {});
      page = fresh;
      return runPage(page, ff.panelIn(page, desktop), url, () => ff.clickToolbarButton(desktop, page));
    });
  } finally {
    await firefox?.close();
    desktop.stop();
  }
}

async function main() {
  const skip = h.browserSkipReason();
  if (skip) {
    console.log(`skipped: ${skip}`);
    return;
  }
  const htmlDir = path.join(h.SHARED_DIR, 'data', 'webpages', 'html');
  const files = {};
  for (const [, file] of PAGES) {
    // No page script runs (they would only fail offline, and some redirect): the page as served.
    files[`/${encodeURIComponent(file)}`] = fs.readFileSync(path.join(htmlDir, file), 'utf8');
  }
  const which = argument('browser', 'both');
  const server = await h.startPrecisServer();
  const pages = await h.startPageServer(files, { 'Content-Security-Policy': "script-src 'none'" });
  const tables = [];
  try {
    if (which !== 'firefox') tables.push(table('Chromium', await inChromium(server, pages)));
    if (which !== 'chromium') {
      const why = desktopSkipReason() || ff.firefoxSkipReason();
      tables.push(why ? `## Firefox\n\nNot run: ${why}.` : table('Firefox ESR', await inFirefox(server, pages)));
    }
  } finally {
    await pages.stop();
    await server.stop();
  }
  const out = argument('out', path.join(h.REPO_DIR, 'docs', 'extension-sites.md'));
  const intro = [
    '# The extension on real article pages', '',
    `Written by \`make eval-extension\` (extension/scripts/real-sites.js) on ${new Date().toISOString().slice(0, 10)}: `
      + `${PAGES.length} saved real pages from \`../shared/data/webpages\`, served on loopback without their scripts, `
      + 'summarised with a toolbar click (default settings: the page\'s HTML to the server); every summary '
      + 'sentence is clicked and counts when the page\'s highlight is the whole sentence.', '',
  ];
  fs.writeFileSync(out, `${intro.join('\n')}\n${tables.join('\n\n')}\n`);
  console.log(`wrote ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
