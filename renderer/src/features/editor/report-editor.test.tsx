// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { reactRootPerTest } from '../../../../test-support/react-root';
import { ReportEditor } from './report-editor';

const newRoot = reactRootPerTest();

const DOC = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Báo cáo' }] }],
};

describe('ReportEditor', () => {
  it('re-rendered by its owner (a save status), leaves the editor view alone', () => {
    let editor: Editor | null = null;
    const { root } = newRoot();
    const render = (status: string) =>
      act(() =>
        root.render(
          <ReportEditor
            content={DOC}
            editable
            onChange={() => undefined}
            onReady={(ready) => (editor = ready)}
            statusSlot={<span>{status}</span>}
          />,
        ),
      );
    render('Đã lưu');
    expect(editor).not.toBeNull();
    const view = editor!.view;
    let updates = 0;
    const update = view.update.bind(view);
    view.update = (props) => {
      updates++;
      update(props);
    };
    render('Đang lưu…');
    render('Đã lưu');
    expect(updates).toBe(0);
    expect(view.dom.getAttribute('aria-label')).toBeTruthy();
  });
});
