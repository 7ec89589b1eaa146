// A virtual screen for the tests that need a real window: the browsers' toolbar button and keyboard
// shortcut are browser UI, which no automation protocol can press; the X server's mouse and keyboard can.
// Xvfb shows the screen, xdotool moves the mouse and types, and `-fbdir` exposes the screen as an XWD
// file, so the tests can find our toolbar button by its colour.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');

const WIDTH = 1280;
const HEIGHT = 1024;

/** Why the real-window tests cannot run here, or null. In CI a missing tool is a failure. */
function desktopSkipReason() {
  const missing = ['Xvfb', 'xdotool'].filter((tool) => !['/usr/bin', '/bin', '/usr/local/bin'].some((d) => fs.existsSync(path.join(d, tool))));
  if (!missing.length) return null;
  const reason = `no ${missing.join(', ')} (apt-get install xvfb xdotool)`;
  if (process.env.CI) throw new Error(`real-window tests cannot run in CI: ${reason}`);
  return reason;
}

/** Start Xvfb on a free display; returns {display, env, stop, key, click, findColour}. */
async function startDesktop() {
  const fbdir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-xvfb-'));
  for (let number = 90 + Math.floor(Math.random() * 100); ; number += 1) {
    if (fs.existsSync(`/tmp/.X11-unix/X${number}`) || fs.existsSync(`/tmp/.X${number}-lock`)) continue;
    const display = `:${number}`;
    const server = spawn('Xvfb', [display, '-screen', '0', `${WIDTH}x${HEIGHT}x24`, '-nolisten', 'tcp', '-fbdir', fbdir], { stdio: 'ignore' });
    const deadline = Date.now() + 10000;
    while (!fs.existsSync(`/tmp/.X11-unix/X${number}`) && server.exitCode === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (server.exitCode !== null) continue; // the display was taken after all
    const env = { ...process.env, DISPLAY: display };
    const xdotool = (...args) => execFileSync('xdotool', args, { env, timeout: 10000 });
    return {
      display,
      env,
      /** Press keys as a person would ("alt+shift+k", "Escape") into the focused window. */
      key: (keys) => xdotool('key', '--clearmodifiers', keys),
      /** A real mouse click at screen coordinates. */
      click: (x, y) => xdotool('mousemove', String(Math.round(x)), String(Math.round(y)), 'click', '1'),
      /** The centre of the pixels within `tolerance` of [r, g, b] in the screen's top `rows` (null if none). */
      findColour: (rgb, { rows = 160, tolerance = 24 } = {}) => findColour(path.join(fbdir, 'Xvfb_screen0'), rgb, rows, tolerance),
      stop: () => {
        server.kill();
        fs.rmSync(fbdir, { recursive: true, force: true });
      },
    };
  }
}

/** Read Xvfb's XWD screen file (32 bits a pixel) and average the places of one colour. */
function findColour(file, [r, g, b], rows, tolerance) {
  const data = fs.readFileSync(file);
  const header = (i) => data.readUInt32BE(i * 4);
  const headerSize = header(0);
  const width = header(4);
  const bytesPerLine = header(12);
  const colours = header(19);
  const msbFirst = header(7) === 1; // byte order of the pixels
  const start = headerSize + colours * 12;
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + y * bytesPerLine + x * 4;
      const [pr, pg, pb] = msbFirst ? [data[at + 1], data[at + 2], data[at + 3]] : [data[at + 2], data[at + 1], data[at]];
      if (Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance) {
        sumX += x;
        sumY += y;
        count += 1;
      }
    }
  }
  return count ? { x: sumX / count, y: sumY / count, pixels: count } : null;
}

module.exports = { desktopSkipReason, startDesktop, WIDTH, HEIGHT };
