import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasSharedRealHtml,
  REAL_HTML_SKIP_NOTE,
  sharedRealHtmlDir,
} from '../../../test-support/fixtures/import/paths';
import { dryMediaSink } from './html-images';
import { importHtml } from './html-importer';

type Expected = {
  file: string;
  title: string;
  publishedAt: string;
  author: string | null;
  firstBodySentence: string;
  chromeStrings: string[];
};

const expected: Expected[] = hasSharedRealHtml
  ? JSON.parse(readFileSync(path.join(sharedRealHtmlDir, 'expected.json'), 'utf8'))
  : [];
const flat = (text: string | null) => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

async function inspect(page: Expected) {
  const html = readFileSync(path.join(sharedRealHtmlDir, page.file), 'utf8');
  return importHtml(html, { resolveImage: null, storeMedia: dryMediaSink });
}

describe(`HTML: ten real news pages saved whole${REAL_HTML_SKIP_NOTE}`, () => {
  it.skipIf(!hasSharedRealHtml)(
    'titles, dates and authors right on every page; no related box, teaser or comment placeholder in a body',
    async () => {
      const misses: string[] = [];
      let titles = 0;
      let dates = 0;
      let authors = 0;
      for (const page of expected) {
        const { draft, fields } = await inspect(page);
        const text = flat(draft.text);
        if (flat(draft.title) === flat(page.title)) titles++;
        else misses.push(`${page.file} title: ${draft.title}`);
        // expected.json gives minutes; the page's seconds are not part of what it shows.
        if (draft.publishedAt?.slice(0, 16) === page.publishedAt.slice(0, 16)) dates++;
        else misses.push(`${page.file} date: ${draft.publishedAt}`);
        if (flat(draft.author) === flat(page.author)) authors++;
        else misses.push(`${page.file} author: ${draft.author}`);
        for (const chrome of page.chromeStrings)
          if (text.includes(flat(chrome))) misses.push(`${page.file} chrome in body: ${chrome}`);
        if (!text.includes(flat(page.firstBodySentence)))
          misses.push(`${page.file} body lost its first sentence`);
        expect(fields.title.status).toBe('found');
        expect(fields.publishedAt.status).toBe('found');
      }
      console.info(
        `real-html: titles ${titles}/${expected.length}, dates ${dates}/${expected.length}, authors ${authors}/${expected.length}`,
      );
      expect(misses).toEqual([]);
    },
  );

  it.skipIf(!hasSharedRealHtml)(
    'a meta time without an offset is Vietnam time: "00:01 AM" stays 7 March, not 07:01',
    async () => {
      const page = expected.find((p) => p.file.startsWith('03-'))!;
      expect((await inspect(page)).draft.publishedAt).toBe('2026-03-07T00:01:00+07:00');
    },
  );

  it.skipIf(!hasSharedRealHtml)(
    'the site named as author in meta ("VnExpress", "baochinhphu.vn") is never the author',
    async () => {
      const government = await inspect(expected.find((p) => p.file.startsWith('01-'))!);
      expect(government.draft.author).toBeNull();
      expect(government.fields.author.status).toBe('missing');
      const vnexpress = await inspect(expected.find((p) => p.file.startsWith('09-'))!);
      expect(vnexpress.draft.author).toBe('Hà Thu');
    },
  );
});
