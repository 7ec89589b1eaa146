// Copies Mozilla Readability from node_modules into vendor/ (bundled, no remote code). Run after
// changing its version in package.json: `npm run vendor`. test/vendor.test.js checks the copies match.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const FILES = ['Readability.js', 'Readability-readerable.js', 'LICENSE.md'];
const source = path.join(__dirname, '..', 'node_modules', '@mozilla', 'readability');
const target = path.join(__dirname, '..', 'vendor');
fs.mkdirSync(target, { recursive: true });
for (const file of FILES) fs.copyFileSync(path.join(source, file), path.join(target, file));
console.log(`vendored @mozilla/readability ${require(path.join(source, 'package.json')).version}`);
