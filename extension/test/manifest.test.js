'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');

const ROOT = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));

test('the vendored Readability is the one package.json pins, unmodified', () => {
  const pinned = require('../package.json').devDependencies['@mozilla/readability'];
  const installed = path.join(ROOT, 'node_modules', '@mozilla', 'readability');
  assert.equal(require(path.join(installed, 'package.json')).version, pinned);
  for (const file of ['Readability.js', 'Readability-readerable.js', 'LICENSE.md']) {
    assert.ok(
      fs.readFileSync(path.join(ROOT, 'vendor', file)).equals(fs.readFileSync(path.join(installed, file))),
      `vendor/${file} differs from the npm package: run npm run vendor`,
    );
  }
});

test('permissions stay minimal: no host access until the person grants their server', () => {
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'nothing runs on pages until the toolbar click');
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self';/);
  assert.doesNotMatch(manifest.content_security_policy.extension_pages, /unsafe|http:\/\/\*|\*/);
});

test('every file the manifest and the worker name exists', () => {
  const background = fs.readFileSync(path.join(ROOT, 'src', 'background.js'), 'utf8');
  const injected = JSON.parse(/PAGE_SCRIPTS = (\[[^\]]+\])/.exec(background)[1].replace(/'/g, '"'));
  const named = [
    manifest.background.service_worker, ...manifest.background.scripts, manifest.options_ui.page,
    ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon), ...injected,
  ];
  for (const file of named) assert.ok(fs.existsSync(path.join(ROOT, file)), `missing ${file}`);
});

const LOCALES = path.join(ROOT, '_locales');
const catalogues = Object.fromEntries(fs.readdirSync(LOCALES).map((locale) => [
  locale, JSON.parse(fs.readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')),
]));

test('the UI speaks at least en, de, fr, es, it, ru, pt and ar, English being the default', () => {
  for (const locale of ['en', 'de', 'fr', 'es', 'it', 'ru', 'pt', 'ar']) assert.ok(catalogues[locale], `no _locales/${locale}`);
  assert.equal(manifest.default_locale, 'en');
  for (const field of [manifest.name, manifest.description, manifest.action.default_title, manifest.commands._execute_action.description]) {
    const key = /^__MSG_(\w+)__$/.exec(field);
    assert.ok(key && catalogues.en[key[1]], `${field} is not a message`);
  }
});

test('every message exists in every locale, with the same placeholders, within the stores\' limits', () => {
  const placeholders = (text) => (text.match(/\$\d/g) || []).sort().join(' ');
  for (const [locale, messages] of Object.entries(catalogues)) {
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(catalogues.en).sort(), `${locale}: keys differ from en`);
    for (const [key, { message }] of Object.entries(messages)) {
      assert.ok(message.trim(), `${locale}.${key} is empty`);
      assert.equal(placeholders(message), placeholders(catalogues.en[key].message), `${locale}.${key}: placeholders`);
    }
    assert.ok(messages.extDescription.message.length <= 132, `${locale}: description over 132 characters`);
    assert.ok(messages.extName.message.length <= 45, `${locale}: name over 45 characters`);
  }
});

test('every message the code asks for exists', () => {
  const used = new Set();
  for (const file of ['src/background.js', 'src/overlay.js', 'src/options.js', 'src/logic.js', 'src/options.html']) {
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/\bt\('(\w+)'|data-i18n="(\w+)"|'(type\w+)'/g)) used.add(m[1] || m[2] || m[3]);
  }
  assert.ok(used.size > 40, `only ${used.size} keys found: the pattern no longer matches the code`);
  for (const key of used) assert.ok(catalogues.en[key], `no message ${key}`);
});
