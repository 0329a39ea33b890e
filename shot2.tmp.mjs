import { chromium } from '@playwright/test';
// usage: out url width height scheme selector
const [,, out, url, w, h, scheme, selector] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto(url);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
