import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { countWords, docText, DocSchema } from '../../shared/report/document';
import { reportSchema } from '../../shared/report/schema';
import { generateReportDoc } from './report-doc';

const count = (doc: ReturnType<typeof generateReportDoc>, type: string) =>
  doc.content!.filter((node) => node.type === type).length;

describe('generateReportDoc', () => {
  it('makes a 50-page report of about 25,000 words, 20 tables and 10 images, valid for the schema', () => {
    const doc = generateReportDoc({ pages: 50 });
    const words = countWords(docText(doc));
    expect(words).toBeGreaterThan(23_000);
    expect(words).toBeLessThan(27_000);
    expect(count(doc, 'table')).toBe(20);
    expect(count(doc, 'image')).toBe(10);
    expect(DocSchema.safeParse(doc).success).toBe(true);
    PmNode.fromJSON(reportSchema(), doc).check();
  });

  it('is deterministic for a seed and scales down to one page', () => {
    expect(generateReportDoc({ pages: 2, seed: 7 })).toEqual(
      generateReportDoc({ pages: 2, seed: 7 }),
    );
    const one = generateReportDoc({ pages: 1 });
    const words = countWords(docText(one));
    expect(words).toBeGreaterThan(350);
    expect(words).toBeLessThan(650);
    PmNode.fromJSON(reportSchema(), one).check();
  });
});
