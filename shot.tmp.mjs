import { chromium } from '@playwright/test';
// usage: out-prefix url width height scheme [maxShots]
const [,, out, url, w, h, scheme='light', max='6'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto(url);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < total && i < +max; y += +h, i++) {
  await page.screenshot({ path: `${out}-${i}.png`, fullPage: true, clip: { x: 0, y, width: +w, height: Math.min(+h, total - y) } });
}
console.log(out, 'pages', i, 'of height', total);
await browser.close();
