import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { citationNode } from '../../../../../../shared/report/citation';
import { NODE, type DocNode } from '../../../../../../shared/report/document';
import { REPORT_SCHEMA_EXTENSIONS } from '../../../../../../shared/report/schema';
import { CitationLinks } from './citation-links';

const article = { id: 'a1', title: 'Giao ban', site: 'kg.gov.vn', publishedAt: null };
const doc: DocNode = {
  type: NODE.doc,
  content: [
    {
      type: NODE.blockquote,
      content: [
        {
          type: NODE.paragraph,
          content: [{ type: NODE.text, text: 'Trích đoạn của bài. ' }, citationNode(article)],
        },
      ],
    },
    { type: NODE.paragraph, content: [citationNode({ ...article, id: 'a2' })] },
  ],
};

let editor: Editor;
const opened: [string, string | null][] = [];
const gone: string[] = [];
afterEach(() => {
  editor.destroy();
  opened.length = 0;
  gone.length = 0;
});

function open() {
  editor = createTestEditor({
    content: doc,
    extensions: [
      ...REPORT_SCHEMA_EXTENSIONS,
      CitationLinks.configure({
        onOpen: (id, passage) => opened.push([id, passage]),
        onMissing: (id) => gone.push(id),
        missingLabel: () => 'Tin bài nguồn đã bị xóa',
      }),
    ],
  });
  return editor;
}

/** Positions of the citations in the document, in order. */
function citationPositions(): number[] {
  const found: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === NODE.citation) found.push(pos);
  });
  return found;
}

function click(pos: number, ctrlKey: boolean): boolean {
  const node = editor.state.doc.nodeAt(pos)!;
  const event = new window.MouseEvent('click', { ctrlKey });
  return Boolean(
    editor.view.someProp('handleClickOn', (handle) =>
      handle(editor.view, pos, node, pos, event, true),
    ),
  );
}

describe('citation links', () => {
  it('Ctrl+click opens the article at the passage the citation closes', () => {
    open();
    const [inQuote, alone] = citationPositions();
    expect(click(inQuote!, true)).toBe(true);
    expect(click(alone!, true)).toBe(true);
    expect(opened).toEqual([
      ['a1', 'Trích đoạn của bài.'],
      ['a2', null],
    ]);
  });

  it('a plain click only selects (editing goes on)', () => {
    open();
    expect(click(citationPositions()[0]!, false)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('marks a citation whose article was deleted, keeping its text', () => {
    open();
    editor.commands.setMissingCitations(['a2']);
    const missing = editor.view.dom.querySelectorAll('[data-source-missing]');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.textContent).toBe('(Nguồn: kg.gov.vn, Giao ban)');
    expect(missing[0]!.getAttribute('title')).toBe('Tin bài nguồn đã bị xóa');
    // Still marked after an edit elsewhere, and the document itself is unchanged by the mark.
    editor.commands.insertContentAt(1, 'X');
    expect(editor.view.dom.querySelectorAll('[data-source-missing]')).toHaveLength(1);
    expect(JSON.stringify(editor.getJSON())).not.toContain('missing');
  });

  it('Ctrl+click on a citation whose article is gone says so instead of opening nothing', () => {
    open();
    editor.commands.setMissingCitations(['a2']);
    click(citationPositions()[1]!, true);
    expect(gone).toEqual(['a2']);
    expect(opened).toEqual([]);
  });

  it('marks exactly the missing citations through edits beside them, deletions and insertions', () => {
    open();
    editor.commands.setMissingCitations(['a1', 'a2']);
    const marked = () =>
      [...editor.view.dom.querySelectorAll('[data-source-missing]')].map((el) =>
        editor.view.posAtDOM(el, 0),
      );
    const expectMarked = () => expect(marked()).toEqual(citationPositions());
    expectMarked();
    const [first, second] = citationPositions();
    editor.commands.insertContentAt(first!, 'trước ');
    expectMarked();
    editor.commands.insertContentAt(citationPositions()[0]! + 1, ' sau');
    expectMarked();
    editor.commands.insertContentAt(second! + 7, 'Y');
    expectMarked();
    editor.commands.deleteRange({ from: citationPositions()[1]!, to: citationPositions()[1]! + 1 });
    expect(citationPositions()).toHaveLength(1);
    expectMarked();
    editor.commands.insertContentAt(1, citationNode({ ...article, id: 'a2' }));
    expect(citationPositions()).toHaveLength(2);
    expectMarked();
    editor.commands.insertContentAt(1, citationNode({ ...article, id: 'a3' }));
    expect(marked()).toHaveLength(2);
    editor.commands.deleteRange({ from: 1, to: 3 });
    expectMarked();
    expect(citationPositions()).toHaveLength(2);
  });
});
