import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { BLOCK_ATTRS, MARK, NODE, type DocNode } from '../document';
import { REPORT_SCHEMA_EXTENSIONS, reportSchema } from './index';

describe('the report schema in plain Node', () => {
  it('builds without a DOM (main uses it for the CLI and .docx opening)', () => {
    expect(typeof globalThis.document).toBe('undefined');
    const schema = getSchema(REPORT_SCHEMA_EXTENSIONS);
    expect(schema.topNodeType.name).toBe(NODE.doc);
  });

  it('has every node and mark document.ts names', () => {
    const schema = reportSchema();
    for (const name of Object.values(NODE)) expect(schema.nodes[name], name).toBeDefined();
    for (const name of Object.values(MARK)) expect(schema.marks[name], name).toBeDefined();
  });

  it('gives paragraphs and headings the block attributes exporters read', () => {
    const schema = reportSchema();
    for (const type of [NODE.paragraph, NODE.heading]) {
      for (const attr of BLOCK_ATTRS)
        expect(schema.nodes[type]!.spec.attrs, `${type}.${attr}`).toHaveProperty(attr);
    }
  });

  it('accepts a document using every node, and keeps its attributes through JSON', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1, textAlign: 'center' },
          content: [{ type: 'text', text: 'I. TÌNH HÌNH' }],
        },
        {
          type: 'paragraph',
          attrs: { textAlign: 'justify', indent: 2, firstLineIndent: true, lineHeight: '1.5' },
          content: [
            {
              type: 'text',
              text: 'Cỡ 13',
              marks: [{ type: 'textStyle', attrs: { fontSize: '13pt', color: '#c00000' } }],
            },
            {
              type: 'text',
              text: ' đậm',
              marks: [{ type: 'bold' }, { type: 'highlight', attrs: { color: '#fff59d' } }],
            },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'cổng',
              marks: [{ type: 'link', attrs: { href: 'https://kiengiang.gov.vn' } }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: 'a' },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }],
            },
          ],
        },
        {
          type: 'bulletList',
          attrs: { listStyle: 'dash' },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
        { type: 'horizontalRule' },
        { type: 'pageBreak' },
        {
          type: 'image',
          attrs: {
            src: `media/${'a'.repeat(64)}.png`,
            alt: 'Hội nghị',
            width: 320,
            caption: 'Quang cảnh hội nghị.',
          },
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  attrs: { colspan: 1, rowspan: 1, colwidth: [120], verticalAlign: 'middle' },
                  content: [{ type: 'paragraph' }],
                },
              ],
            },
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  attrs: { colspan: 1, rowspan: 1, colwidth: null },
                  content: [{ type: 'paragraph' }],
                },
              ],
            },
          ],
        },
      ],
    };
    const node = PmNode.fromJSON(reportSchema(), doc);
    node.check();
    const json = node.toJSON() as DocNode;
    expect(json.content![1]!.attrs).toMatchObject({
      textAlign: 'justify',
      indent: 2,
      firstLineIndent: true,
      lineHeight: '1.5',
    });
    expect(json.content![2]!.attrs).toMatchObject({ type: 'a' });
    expect(json.content![3]!.attrs).toMatchObject({ listStyle: 'dash' });
    expect(json.content![7]!.attrs).toMatchObject({ width: 320, caption: 'Quang cảnh hội nghị.' });
    expect(json.content![8]!.content![0]!.content![0]!.attrs).toMatchObject({
      colwidth: [120],
      verticalAlign: 'middle',
    });
  });
});
