// `make extension`: both packages hold what the browser needs and nothing else.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { test } = require('node:test');

const ROOT = path.resolve(__dirname, '..');

/** The file names in a zip's central directory (signature 0x02014b50). */
function zipEntries(file) {
  const data = fs.readFileSync(file);
  const names = [];
  for (let at = data.indexOf('PK\x01\x02'); at >= 0; at = data.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = data.readUInt16LE(at + 28);
    names.push(data.toString('utf8', at + 46, at + 46 + nameLength));
  }
  return names;
}

test('make extension builds a Chrome zip and a Firefox xpi named by the manifest version', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-dist-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), out], { stdio: 'ignore' });
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
    for (const name of [`precis-chrome-${version}.zip`, `precis-firefox-${version}.xpi`]) {
      const entries = zipEntries(path.join(out, name));
      for (const needed of ['manifest.json', 'src/background.js', 'src/overlay.js', 'vendor/Readability.js', '_locales/de/messages.json', 'icons/icon-48.png']) {
        assert.ok(entries.includes(needed), `${name} lacks ${needed}`);
      }
      const stray = entries.filter((e) => !/^(manifest\.json|_locales\/|icons\/|src\/|vendor\/)/.test(e));
      assert.deepEqual(stray, [], `${name} holds files the browser does not need`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
