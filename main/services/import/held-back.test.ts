import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../test-support/fixtures/import/paths';
import { dryMediaSink } from './html-images';
import { importHtml } from './html-importer';
import { importText } from './text-importer';

/**
 * The held-back set: invented pages in the shapes that fooled the importer (whole-site copies,
 * bulleted lists, documents, labelled exports, chrome in the body, saved news pages). See
 * test-support/fixtures/import/held-back/README.md.
 */
type Expected = {
  file: string;
  shape: string;
  title: string;
  publishedAt: string | null;
  category?: string;
  author?: string;
  site?: string;
  leadStart?: string;
  bodyIncludes: string;
  notTitle?: string;
  chrome: string[];
  fieldByField: boolean;
};

const dir = importFixture('held-back');
const expected: Expected[] = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));

async function inspect(page: Expected) {
  const path = `${dir}/${page.file}`;
  return page.file.endsWith('.html')
    ? importHtml(readFileSync(path, 'utf8'), { resolveImage: null, storeMedia: dryMediaSink })
    : importText(readFileSync(path));
}

describe('held-back set of copied pages', () => {
  it('has at least 30 pages across six shapes', () => {
    expect(expected.length).toBeGreaterThanOrEqual(30);
    expect(new Set(expected.map((p) => p.shape)).size).toBe(6);
  });

  it('titles and dates right on at least 90 %, and no chrome line in any body', async () => {
    let titles = 0;
    let dates = 0;
    const wrong: string[] = [];
    const chrome: string[] = [];
    for (const page of expected) {
      const { draft } = await inspect(page);
      if (draft.title === page.title) titles++;
      else wrong.push(`${page.file} title: ${draft.title}`);
      if (draft.publishedAt === page.publishedAt) dates++;
      else wrong.push(`${page.file} date: ${draft.publishedAt}`);
      for (const line of page.chrome)
        if (draft.text.includes(line)) chrome.push(`${page.file}: ${line}`);
    }
    const share = (n: number) => Math.round((n / expected.length) * 100);
    console.info(
      `held-back: titles ${titles}/${expected.length} (${share(titles)} %), dates ${dates}/${expected.length} (${share(dates)} %)${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`,
    );
    expect(share(titles)).toBeGreaterThanOrEqual(90);
    expect(share(dates)).toBeGreaterThanOrEqual(90);
    expect(chrome).toEqual([]);
  });

  describe.each(expected.filter((p) => p.fieldByField))('$shape: $file, field by field', (page) => {
    it('every field as expected, with its status', async () => {
      const { draft, fields } = await inspect(page);
      expect(draft.title).toBe(page.title);
      expect(fields.title.status).toBe('found');
      expect(draft.publishedAt).toBe(page.publishedAt);
      expect(fields.publishedAt.status).toBe(page.publishedAt ? 'found' : 'missing');
      if (page.category !== undefined) expect(draft.category).toBe(page.category);
      if (page.author !== undefined) expect(draft.author).toBe(page.author);
      if (page.site !== undefined) expect(draft.site).toBe(page.site);
      if (page.leadStart !== undefined) expect(draft.lead.startsWith(page.leadStart)).toBe(true);
      expect(draft.text).toContain(page.bodyIncludes);
      if (page.notTitle) expect(draft.text).toContain(page.notTitle);
      for (const line of page.chrome) expect(draft.text).not.toContain(line);
      for (const report of Object.values(fields)) {
        expect(report.status === 'missing').toBe(report.value === null);
        expect(report.confidence).toBeGreaterThanOrEqual(0);
        expect(report.confidence).toBeLessThanOrEqual(1);
      }
    });
  });
});
