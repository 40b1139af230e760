/**
 * Renders the toolbar icon (an SVG drawn here) to the PNG sizes the manifests name, with the
 * installed Chromium. Run once when the icon changes: `node bin/run-ts.mjs scripts/icons.ts`;
 * the PNGs are committed so the build needs no browser.
 */
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 128];
const OUT = resolve('extension/icons');

// A page with three text lines, the last one short: "clean text".
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="8" y="8" width="112" height="112" rx="24" fill="#2f6f5e"/>
  <rect x="30" y="36" width="68" height="11" rx="5.5" fill="#fdfaf3"/>
  <rect x="30" y="59" width="68" height="11" rx="5.5" fill="#fdfaf3"/>
  <rect x="30" y="82" width="42" height="11" rx="5.5" fill="#fdfaf3"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(resolve(OUT, 'icon.svg'), svg + '\n');
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(OUT, `icon-${size}.png`), png);
    console.log(`icon-${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
