import { chromium } from 'playwright-core';
import { VietnameseKeyboard } from './e2e/support/vietnamese-keyboard';
import { REPORT_PARAGRAPHS } from './test-support/vietnamese-report-text';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('pageerror', (m) => console.log('pageerror', m.message));
await page.goto('http://127.0.0.1:5177/?spell&' + (process.argv[2] ?? ''));
const kb = await VietnameseKeyboard.attach(page);
const ed = (f: string) => page.evaluate(f);
async function reset(html = '<p></p>') { await page.evaluate((h) => { (window as any).editor.commands.setContent(h); (window as any).editor.commands.focus('end'); }, html); }
const html = () => page.evaluate(() => (window as any).editor.getHTML());
const text = () => page.evaluate(() => (window as any).editor.getText({ blockSeparator: '\n' }));
await page.click('.ProseMirror');
const full = REPORT_PARAGRAPHS.join('\n');
let t0 = Date.now();
await kb.unikey(full); await page.waitForTimeout(500);
console.log('unikey full', (await text()) === full ? 'OK' : JSON.stringify(await text()), Date.now() - t0, 'ms');
await reset(); t0 = Date.now();
await kb.ime(full); await page.waitForTimeout(500);
console.log('ime full', (await text()) === full ? 'OK' : JSON.stringify(await text()), Date.now() - t0, 'ms');
console.log('errors underlined', await page.locator('.spell-error').allTextContents());
for (const [name, setup, input] of [
  ['list', '<p></p>', '- Người được'], ['ol', '<p></p>', '1. Người được'], ['quote', '<p></p>', '> Người được'],
  ['link', '<p>Xem <a href="https://kiengiang.gov.vn">kiengiang.gov.vn</a></p>', ' đường'],
  ['link-noSpace', '<p>Xem <a href="https://kiengiang.gov.vn">kiengiang.gov.vn</a></p>', 'đường'],
  ['heading', '<h1>x</h1>', 'Đường'],
  ['end of list item', '<ul><li><p>Mục một</p></li></ul>', ' đường'],
  ['bold', '<p>abc <strong>đậm</strong></p>', ' người'],
] as const) {
  for (const how of ['unikey', 'ime'] as const) {
    await reset(setup); await kb[how](input); await page.waitForTimeout(400);
    console.log(name, how, await html());
  }
}
await browser.close();
