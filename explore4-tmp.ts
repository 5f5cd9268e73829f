import { chromium } from 'playwright-core';
import { VietnameseKeyboard } from './e2e/support/vietnamese-keyboard';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('pageerror', (m) => console.log('pageerror', m.message));
await page.goto('http://127.0.0.1:5177/?spell&' + (process.argv[2] ?? ''));
const kb = await VietnameseKeyboard.attach(page);
async function reset(html = '<p></p>') { await page.evaluate((h) => { (window as any).editor.commands.setContent(h); (window as any).editor.commands.focus('end'); }, html); }
const html = () => page.evaluate(() => (window as any).editor.getHTML());
await page.click('.ProseMirror');
// composition replacing committed letters
await reset('<p>Xem </p>'); await kb.keys('Vie'); await kb.compose('Viê', { start: 4, end: 7 }); await kb.compose('Việt'); await kb.commit('Việt'); await kb.keys(' Nam');
console.log('replace committed', await html());
await reset('<p>Xem</p>'); await kb.keys(' tieng'); await kb.compose('tiếng', { start: 4, end: 9 }); await kb.commit('tiếng'); await kb.keys(' Việt');
console.log('replace committed 2', await html());
// Enter during composition
await reset('<p>Xem</p>'); await kb.keys(' '); await kb.compose('Vi'); await kb.compose('Viê'); await kb.keys('\n'); await kb.commit('Viê'); await kb.keys('t');
console.log('enter in composition', await html());
await reset('<p>Xem</p>'); await kb.keys(' '); await kb.compose('Vi'); await kb.compose('Viê'); await kb.keys('\n'); await kb.keys('Nam');
console.log('enter in composition (no commit)', await html());
// underline then continue typing the same word
await reset('<p>Xem</p>'); await kb.unikey(' nghie'); await page.waitForSelector('.spell-error'); await kb.strokes([{kind:'backspace'},{kind:'text',text:'ê'},{kind:'text',text:'n'},{kind:'text',text:'g'}]); await kb.keys(' '); await page.waitForTimeout(500);
console.log('continue underlined', await html(), await page.locator('.spell-error').count());
await reset('<p>Xem</p>'); await kb.keys(' nghie'); await page.waitForSelector('.spell-error'); await kb.compose('nghiê', { start: 4, end: 9 }); await kb.compose('nghiêng'); await kb.commit('nghiêng'); await page.waitForTimeout(500);
console.log('compose over underlined', await html(), await page.locator('.spell-error').count());
await reset('<p>Báo cáo tees</p>'); await page.waitForSelector('.spell-error'); await kb.unikey(' đường'); await kb.ime(' người');
console.log('after underline', await html());
// table with column resize handle
await reset('<table><tr><td><p>a</p></td><td><p>b</p></td></tr></table><p></p>');
const cell = page.locator('td').first(); const box = (await cell.boundingBox())!;
await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2); await page.waitForTimeout(100);
console.log('handles', await page.locator('.column-resize-handle').count());
await page.evaluate(() => (window as any).editor.commands.focus(3));
await kb.unikey('Người được'); await kb.ime(' tiếng Việt');
console.log('table handle', await html());
await browser.close();
