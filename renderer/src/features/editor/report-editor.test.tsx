// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { ReportEditor } from './report-editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
beforeAll(() => initI18n('vi'));
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const DOC = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Báo cáo' }] }],
};

describe('ReportEditor', () => {
  it('re-rendered by its owner (a save status), leaves the editor view alone', () => {
    let editor: Editor | null = null;
    const host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    const render = (status: string) =>
      act(() =>
        root!.render(
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
