import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hasSharedArticles,
  importFixture,
  SHARED_SKIP_NOTE,
  sharedArticle,
} from '../../../test-support/fixtures/import/paths';
import { dryMediaSink, siblingFileResolver } from './html-images';
import { importHtml } from './html-importer';
import { decodeMhtml } from './mhtml';

const fromFile = (file: string) =>
  importHtml(readFileSync(file, 'utf8'), {
    resolveImage: siblingFileResolver(file),
    storeMedia: dryMediaSink,
  });

describe(`HTML: the real Chinhphu.vn capture${SHARED_SKIP_NOTE}`, () => {
  it.skipIf(!hasSharedArticles)(
    'title, entities decoded to NFC, lead from .tomtat with its dateline, no date',
    async () => {
      const { draft, fields } = await fromFile(sharedArticle('chinhphu-sgk-entities.html'));
      expect(draft.title).toBe(
        'Bộ GD&ĐT thông tin về sử dụng sách giáo khoa theo chương trình mới',
      );
      expect(draft.lead.startsWith('(Chinhphu.vn) - ')).toBe(true);
      expect(draft.lead).toContain('Bộ Giáo dục và Đào tạo (GD&ĐT)');
      expect(fields.dateline.value).toBe('(Chinhphu.vn) -');
      expect(draft.publishedAt).toBeNull();
      expect(fields.publishedAt.status).toBe('missing');
      expect(draft.text).toBe(draft.text.normalize('NFC'));
      expect(draft.text).toContain('Ý kiến cử tri cho rằng');
      expect(draft.text).not.toMatch(/&[a-z]+;/);
    },
  );
});

describe('HTML: own fixtures', () => {
  it('entities decode to NFC; lead from .tomtat', async () => {
    const { draft, fields } = await fromFile(importFixture('portal-entities.html'));
    expect(draft.title).toBe('Sở Y tế hướng dẫn phòng chống sốt xuất huyết mùa mưa');
    expect(draft.lead.startsWith('(Tinhnha.vn) - Sở Y tế vừa có văn bản')).toBe(true);
    expect(draft.lead).toContain('ổ dịch & khu dân cư');
    expect(fields.dateline.value).toBe('(Tinhnha.vn) -');
    expect(draft.text).toContain('"Nhà sạch, vườn sạch"');
    expect(draft.text).toBe(draft.text.normalize('NFC'));
  });

  it('portal template: title, date, category, author; saved image stored, remote and ../ images as captioned placeholders', async () => {
    const result = await fromFile(importFixture('page-with-images.html'));
    const { draft } = result;
    expect(draft.title).toBe('Cầu mới nối hai bờ sông Lam Xanh');
    expect(draft.publishedAt).toBe('2025-03-03T10:20:00+07:00');
    expect(draft.category).toBe('Kinh tế');
    expect(draft.author).toBe('Minh Quân');
    expect(draft.site).toBe('Cổng TTĐT tỉnh');
    expect(draft.lead.startsWith('CTTĐT - Sáng 2-3')).toBe(true);
    const [saved, remote, traversal] = draft.images;
    expect(saved.media).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    expect(draft.html).toContain(`src="${saved.media}"`);
    expect(remote).toMatchObject({
      media: null,
      caption: 'Toàn cảnh cây cầu nhìn từ trên cao (Ảnh: Minh Quân)',
    });
    expect(traversal).toMatchObject({ media: null, caption: 'Ảnh đường dẫn lạ' });
    expect(draft.html).not.toContain('portal.example.vn');
    expect(draft.html).not.toContain('passwd');
    expect(draft.html).toContain('<figure class="image-placeholder"><figcaption>Toàn cảnh cây cầu');
    expect(draft.captions).toContain('Cầu Lam Xanh trong ngày thông xe');
    expect(result.warnings.map((w) => w.code)).toContain('remote-images');
    expect(draft.text.split('\n\n')).not.toContain('Minh Quân');
  });

  it('without a known template, Readability finds the article; a page with no title says so', async () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Đoạn ${i + 1}: Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở, ngành triển khai kế hoạch cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>`,
    ).join('');
    const html = `<html><body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav><div id="main"><article>${paragraphs}</article></div><footer>Bản quyền</footer></body></html>`;
    const result = await importHtml(html, { resolveImage: null, storeMedia: dryMediaSink });
    expect(result.draft.text).toContain('Đoạn 1: Ủy ban nhân dân tỉnh');
    expect(result.draft.text).not.toContain('Trang chủ');
    expect(result.fields.title.status).toBe('proposed');
    expect(result.warnings.map((w) => w.code)).toContain('title-missing');
  });
});

describe('MHTML', () => {
  it('decodes the quoted-printable page and its base64 image part', async () => {
    const png = readFileSync(importFixture('page_files/cau-moi.png'));
    const html = `<html><head><title>Tin thử</title></head><body><h1 class="title">Lễ ra quân Tháng thanh niên năm 2025</h1><div class="date">(07:30 | 02/03/2025)</div><div class="noidung"><p>Sáng 1-3, Tỉnh đoàn tổ chức lễ ra quân Tháng thanh niên với hơn 500 đoàn viên tham gia.</p><figure><img src="anh/ra-quan.png"><figcaption>Đoàn viên dọn vệ sinh bờ kênh</figcaption></figure></div></body></html>`;
    const qp = Buffer.from(html, 'utf8')
      .toString('latin1')
      .replace(
        /[=\u0080-\u00ff]/g,
        (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .replace(/(.{70})/g, '$1=\r\n');
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://tinh.example.vn/tin/ra-quan.html',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"',
      '',
      '------MultipartBoundary--abc',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://tinh.example.vn/tin/ra-quan.html',
      '',
      qp,
      '',
      '------MultipartBoundary--abc',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://tinh.example.vn/tin/anh/ra-quan.png',
      '',
      png.toString('base64').replace(/(.{76})/g, '$1\r\n'),
      '',
      '------MultipartBoundary--abc--',
      '',
    ].join('\r\n');
    const page = decodeMhtml(Buffer.from(mhtml, 'latin1'));
    expect(page.html).toContain('Lễ ra quân Tháng thanh niên năm 2025');
    const result = await importHtml(page.html, {
      resolveImage: page.resolveImage,
      storeMedia: dryMediaSink,
      format: 'mhtml',
    });
    expect(result.draft.title).toBe('Lễ ra quân Tháng thanh niên năm 2025');
    expect(result.draft.publishedAt).toBe('2025-03-02T07:30:00+07:00');
    expect(result.draft.images[0].media).toBe(await dryMediaSink(png, 'png'));
    expect(result.draft.images[0].caption).toBe('Đoàn viên dọn vệ sinh bờ kênh');
  });

  it('refuses a file that is not multipart', () => {
    expect(() => decodeMhtml(Buffer.from('just text'))).toThrow(
      expect.objectContaining({ code: 'unsupported-file' }),
    );
  });
});
