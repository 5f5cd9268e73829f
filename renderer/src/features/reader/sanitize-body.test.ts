// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeBody } from './sanitize-body';

const web = { electron: false, token: 'tok' };
const hash = 'a'.repeat(64);

describe('the body HTML shown in the reader', () => {
  it('drops scripts, event handlers and styles even if the stored HTML has them', () => {
    const out = sanitizeBody(
      '<p onclick="alert(1)" style="color:red">Xin chào<script>alert(2)</script></p><iframe src="x"></iframe>',
      web,
    );
    expect(out).toBe('<p>Xin chào</p>');
  });

  it('loads images only from the archive media folder, through the shell', () => {
    const out = sanitizeBody(
      `<figure><img src="media/${hash}.png" alt="Cầu"><figcaption>Cầu mới</figcaption></figure><img src="https://example.vn/x.png">`,
      web,
    );
    expect(out).toContain(`src="media/${hash}.png?token=tok"`);
    expect(out).toContain('<figcaption>Cầu mới</figcaption>');
    expect(out).not.toContain('example.vn');
    expect(sanitizeBody(`<img src="media/${hash}.png">`, { electron: true, token: '' })).toContain(
      `src="khotin-media://media/${hash}.png"`,
    );
  });

  it('keeps web links for the confirm dialog and removes javascript: links', () => {
    const out = sanitizeBody(
      '<p><a href="https://tinhuy.gov.vn/a">nguồn</a> <a href="javascript:alert(1)">x</a></p>',
      web,
    );
    expect(out).toContain('href="https://tinhuy.gov.vn/a"');
    expect(out).not.toContain('javascript:');
  });
});
