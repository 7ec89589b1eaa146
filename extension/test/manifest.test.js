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
