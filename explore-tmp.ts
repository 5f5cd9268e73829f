import { chromium } from 'playwright-core';
import { unikeyStrokes, compositionSteps } from '/work/wt/vn-typing/test-support/vietnamese-keystrokes';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const q of ['', '?noguard']) {
console.log('=====', q);
const page = await browser.newPage();
await page.goto('http://127.0.0.1:5177/' + q);
const cdp = await page.context().newCDPSession(page);
async function unikey(text: string) {
  const ps: Promise<unknown>[] = [];
  for (const s of unikeyStrokes(text)) {
    if (s.kind === 'backspace') {
      ps.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 }));
      ps.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 }));
    } else {
      ps.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: s.text, text: s.text, unmodifiedText: s.text }));
      ps.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: s.text }));
    }
  }
  await Promise.all(ps);
}
async function reset(html = '<p></p>') { await page.evaluate((h) => { (window as any).editor.commands.setContent(h); (window as any).editor.commands.focus('end'); }, html); }
const html = () => page.evaluate(() => (window as any).editor.getHTML());
const nfd = () => page.evaluate(() => { const t = (window as any).editor.getText(); return t === t.normalize('NFC') ? 'NFC' : 'NOT NFC'; });
await page.click('.ProseMirror');
await reset(); await cdp.send('Input.insertText', { text: 'Vie\u0302\u0323t Nam' }); await unikey(' đẹp'); console.log('nfd', await html(), await nfd());
await reset(); for (const c of ['V','i','e','\u0302','\u0323','t']) await cdp.send('Input.insertText', { text: c }); await unikey(' đẹp'); console.log('nfd chars', await html(), await nfd());
await reset(); await cdp.send('Input.imeSetComposition', { text: 'Vie\u0302', selectionStart: 4, selectionEnd: 4 }); await cdp.send('Input.imeSetComposition', { text: 'Vie\u0302\u0323t', selectionStart: 6, selectionEnd: 6 }); await cdp.send('Input.insertText', { text: 'Vie\u0302\u0323t' }); await page.waitForTimeout(50); await unikey(' đẹp'); console.log('nfd ime', await html(), await nfd());
await reset(); await page.keyboard.type('**Lưu ý**'); console.log(await page.evaluate(() => { const e = (window as any).editor; const p = e.state.plugins.filter((p: any) => p.spec.isInputRules); return p.length + ' ' + JSON.stringify(p.map((x: any) => !!x.getState(e.state))) + ' ' + JSON.stringify(e.state.plugins.find((x:any)=>x.key.startsWith('typingGuards'))?.getState(e.state)); })); await page.keyboard.press('Control+b'); await page.keyboard.press('Backspace'); console.log('rule then ctrl-b backspace', await html());
await reset(); await page.keyboard.type('**Lưu ý**'); await page.keyboard.press('Backspace'); console.log('rule then backspace', await html());
await reset('<p>Xem trang</p>'); await page.evaluate(() => { const e = (window as any).editor; e.chain().setTextSelection({from: 5, to: 10}).run(); }); await unikey('s'); console.log('cmd selection', await html());
await reset('<p>Xem trang ca</p>'); await page.evaluate(() => { const e = (window as any).editor; e.chain().setTextSelection({from: 11, to: 13}).toggleBold().run(); });
await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 }); await cdp.send('Input.insertText', { text: 'á' }); console.log('cmd selection bold', await html());
await reset('<p>Xem trang ca</p>'); await page.keyboard.press('Shift+ArrowLeft'); await page.keyboard.press('Shift+ArrowLeft'); await page.keyboard.press('Backspace'); console.log('user selection', await html());
await page.close();
}
await browser.close();
