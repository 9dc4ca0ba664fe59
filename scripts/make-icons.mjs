// Renders public/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png), in headless Chromium.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const svg = fs.readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
fs.mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    '<html><body style="margin:0;background:transparent">' +
      `${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written');
