// The extension's in-page extraction (vendored Readability + our block text) run in jsdom over a folder of
// saved pages, for `make eval-extraction`. Usage: node scripts/extract-corpus.js HTML_DIR < names > out.jsonl
// (one file name a line in; one JSON line out: {file, readerable, text|null, sent_html, ms}; sent_html is
// the page's HTML as the extension sends it to the server, its default).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { JSDOM, VirtualConsole } = require('jsdom');

const ROOT = path.resolve(__dirname, '..');
const SCRIPTS = ['vendor/Readability.js', 'vendor/Readability-readerable.js', 'src/logic.js', 'src/extract.js']
  .map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));
const quiet = new VirtualConsole(); // pages' own console noise and CSS parse errors are not ours

async function main() {
  const dir = process.argv[2];
  const lines = readline.createInterface({ input: process.stdin });
  for await (const name of lines) {
    if (!name.trim()) continue;
    const started = process.hrtime.bigint();
    let record;
    try {
      const html = fs.readFileSync(path.join(dir, name.trim()), 'utf8');
      const dom = new JSDOM(html, { url: 'https://example.org/', runScripts: 'outside-only', virtualConsole: quiet });
      for (const source of SCRIPTS) dom.window.eval(source);
      const sentHtml = dom.window.PrecisExtract.pageHtml(); // before Readability parses a clone
      const page = dom.window.PrecisExtract.extract('anyway', 'page');
      const readerable = dom.window.isProbablyReaderable(dom.window.document);
      record = { file: name.trim(), readerable, text: page.source === 'readability' ? page.text : null, sent_html: sentHtml };
      dom.window.close();
    } catch (err) {
      record = { file: name.trim(), readerable: false, text: null, error: String(err && err.message).slice(0, 200) };
    }
    record.ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}

main();
