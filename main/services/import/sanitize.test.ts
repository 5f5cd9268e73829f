import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../test-support/fixtures/import/paths';
import { dryMediaSink } from './html-images';
import { importHtml } from './html-importer';
import { isSanitized, sanitizeHtml } from './sanitize';

describe('the import sanitizer', () => {
  it('keeps article structure', () => {
    const html =
      '<h2>Mục 1</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p><ul><li>Một</li></ul><table><tbody><tr><td colspan="2">Ô</td></tr></tbody></table><a href="https://example.vn/a">Liên kết</a>';
    expect(sanitizeHtml(html).html).toBe(html);
  });

  it.each([
    ['<script>alert(1)</script><p>x</p>', '<p>x</p>'],
    ['<p onclick="alert(1)">x</p>', '<p>x</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['<img src="data:image/png;base64,AAAA" alt="a">', '<img alt="a">'],
    ['<img src="https://remote.example/a.png" alt="a">', '<img alt="a">'],
    ['<p style="background:url(http://x/y.png)">x</p>', '<p>x</p>'],
    ['<p class="red lead">x</p>', '<p class="lead">x</p>'],
    ['<iframe src="http://x"></iframe><p>x</p>', '<p>x</p>'],
    ['<svg><script>alert(1)</script></svg><p>x</p>', '<p>x</p>'],
  ])('%s → %s', (dirty, clean) => {
    expect(sanitizeHtml(dirty).html).toBe(clean);
  });

  it("lets the archive's own media references through", () => {
    const ref = `media/${'a'.repeat(64)}.png`;
    expect(sanitizeHtml(`<img src="${ref}" alt="">`).html).toBe(`<img src="${ref}" alt="">`);
    expect(sanitizeHtml(`<img src="media/../../etc/passwd">`).html).toBe('<img>');
  });

  it('leaves nothing active of a hostile page and says what it removed', async () => {
    const result = await importHtml(readFileSync(importFixture('hostile.html'), 'utf8'), {
      resolveImage: null,
      storeMedia: dryMediaSink,
    });
    const html = result.draft.html;
    expect(html).toContain('Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân');
    expect(html).toContain('<a href="https://tinh.example.vn/lich">');
    for (const needle of [
      '<script',
      'on',
      'javascript:',
      'data:',
      '<iframe',
      '<form',
      '<input',
      '<svg',
      '<math',
      '<object',
      '<embed',
      '<video',
      '<audio',
      'style=',
      'http://127.0.0.1',
      '__ran',
      'srcdoc',
      'background',
      'expression',
    ]) {
      if (needle === 'on') expect(html).not.toMatch(/\son[a-z]+=/i);
      else expect(html).not.toContain(needle);
    }
    expect(result.warnings.find((w) => w.code === 'unsafe-content-removed')?.detail).toMatch(
      /script/,
    );
    expect(isSanitized(html)).toBe(true);
  });
});
