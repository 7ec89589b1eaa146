// Renders the toolbar icons (icons/icon-N.png) from one SVG with Debian's Chromium: `node scripts/icons.js`.
'use strict';
const path = require('node:path');
const { chromium } = require('playwright-core');

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f5f5b"/>
  <rect x="28" y="34" width="72" height="10" rx="5" fill="#fdfdfb"/>
  <rect x="28" y="58" width="56" height="10" rx="5" fill="#fdfdfb"/>
  <rect x="28" y="82" width="40" height="10" rx="5" fill="#ffd60a"/>
</svg>`;

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  for (const size of [16, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${SVG}`);
    await page.screenshot({ path: path.join(__dirname, '..', 'icons', `icon-${size}.png`), omitBackground: true });
  }
  await browser.close();
})();
