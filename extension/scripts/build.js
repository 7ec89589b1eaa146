// `make extension`: the installable builds, by web-ext build (Mozilla's packager) from only what the
// browser needs (manifest, _locales, icons, src, vendor): dist/precis-chrome-VERSION.zip and
// dist/precis-firefox-VERSION.xpi, VERSION from the manifest. Usage: node scripts/build.js OUT_DIR
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const SHIPPED = ['manifest.json', '_locales', 'icons', 'src', 'vendor'];

function main() {
  const out = path.resolve(process.argv[2] || path.join(ROOT, '..', 'dist'));
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  // A clean copy of what ships, so that nothing else (tests, node_modules, scripts) can slip in.
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-build-'));
  try {
    for (const entry of SHIPPED) fs.cpSync(path.join(ROOT, entry), path.join(source, entry), { recursive: true });
    fs.mkdirSync(out, { recursive: true });
    const webExt = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
    for (const [browser, name] of [['chrome', `precis-chrome-${version}.zip`], ['firefox', `precis-firefox-${version}.xpi`]]) {
      execFileSync(webExt, ['build', '--source-dir', source, '--artifacts-dir', out, '--filename', name, '--overwrite-dest'], { stdio: ['ignore', 'ignore', 'inherit'] });
      console.log(`${browser}: ${path.join(out, name)} (${Math.round(fs.statSync(path.join(out, name)).size / 1024)} KB)`);
    }
  } finally {
    fs.rmSync(source, { recursive: true, force: true });
  }
}

main();
