import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_DOC, type DocNode } from '../../../../shared/report/document';
import { useCommands } from '../../app/command-bus';
import { ExternalLinkDialog } from '../reader/external-link-dialog';
import { ArticlesPanel } from '../citations/articles-panel';
import { ArticlesPanelToggle } from '../citations/articles-panel-toggle';
import { useCitationSources } from '../citations/use-citation-sources';
import { useRememberCursor } from '../citations/use-remember-cursor';
import { EditorStatusBar } from './status-bar';
import { EditorToolbar } from './editor-toolbar';
import { EDITOR_EXTENSIONS } from './extensions';
import { onEditorRequest, type EditorRequest } from './extensions/editor-requests';
import { FindReplaceBar } from './find-replace-bar';
import { finishLoading, installDocument, stopLoading } from './document-loader';
import { LinkDialog } from './link-dialog';
import { pastePlainText } from './paste-plain';
import { SpellCheckToggle, SpellMenu, useSpellCheckSettings } from './spell-check';
import { TableSizePicker } from './table-size-picker';
import type { ToolContext } from './toolbar-items';
import { useChangeEmitter } from './use-change-emitter';
import { useImagePicker } from './use-image-picker';
import './editor-fonts';
import './editor.css';

export type ReportEditorProps = {
  content: DocNode;
  editable: boolean;
  /** Called with the whole document and its word count, at most every EMIT_INTERVAL_MS and on blur/unmount. */
  onChange(doc: DocNode, words: number): void;
  /** Rendered in the status bar after the counts (save state, spell-check switch…). */
  statusSlot?: ReactNode;
  /** The report shown: its cursor is remembered so quotes from the reader go where the user left off. */
  reportId?: string;
  /** Receives the tiptap editor once it exists (page view, fields panel, tests). */
  onReady?(editor: Editor): void;
  /** Wraps the document: the page view draws the A4 page and the ND30 blocks around it. */
  frame?(content: ReactNode): ReactNode;
};

type Open = { kind: 'none' } | { kind: EditorRequest } | { kind: 'external'; url: string };

/** The report editor: toolbar, the document, find/replace and dialogs, and the status bar. */
export function ReportEditor({
  content,
  editable,
  onChange,
  statusSlot,
  onReady,
  reportId,
  frame,
}: ReportEditorProps) {
  const { t } = useTranslation('editor');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const initial = useRef(content);
  // The same object while the language stays: useEditor compares its options on every render
  // and hands changed ones to ProseMirror, which then updates the whole view (each save's
  // status change re-renders this component while typing).
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'report-doc',
        'aria-label': t('content'),
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        lang: 'vi',
      },
    }),
    [t],
  );
  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    // The report goes in once the view is mounted (installDocument says why).
    content: EMPTY_DOC,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
  });

  // A layout effect: EditorContent (a child) has mounted the view, and nothing is painted yet.
  useLayoutEffect(() => {
    if (!editor) return;
    editor.view.dom.style.removeProperty('display');
    installDocument(editor, initial.current);
    // Closing: EditorContent redraws the whole document as it unmounts (after this cleanup) and
    // reads the selection, which has Chromium lay it all out once more; hidden, there is nothing to lay out.
    return () => {
      if (!editor.isDestroyed) editor.view.dom.style.display = 'none';
    };
  }, [editor]);

  const stats = useChangeEmitter(editor, onChange, initial.current);
  const [articlesPanel, setArticlesPanel] = useState(false);
  useCitationSources(editor);
  useRememberCursor(editor, reportId);
  const pickImage = useImagePicker(editor);
  useSpellCheckSettings(editor);

  useEffect(() => {
    if (editor && !editor.isDestroyed) onReady?.(editor);
  }, [editor, onReady]);
  useEffect(() => {
    editor?.setEditable(editable, false);
  }, [editor, editable]);
  // A new document from outside (a restored version) replaces the content; our own echo does not.
  useEffect(() => {
    if (!editor || content === initial.current) return;
    initial.current = content;
    stopLoading(editor);
    editor.commands.setContent(content, { emitUpdate: false });
  }, [editor, content]);

  const openRequest = useCallback(
    (request: EditorRequest) => {
      // Find and replace work on the whole report, not only the part drawn so far.
      if (request === 'find' || request === 'replace') finishLoading(editor);
      if (request === 'image') pickImage();
      else setOpen({ kind: request });
    },
    [editor, pickImage],
  );
  useEffect(() => {
    if (!editor) return;
    return onEditorRequest(editor, openRequest);
  }, [editor, openRequest]);

  const commands = useMemo(
    () => ({
      'find.open': () => {
        finishLoading(editor);
        setOpen((now) => (now.kind === 'replace' ? now : { kind: 'find' }));
      },
    }),
    [editor],
  );
  useCommands(commands);

  const context = useMemo<ToolContext>(
    () => ({
      editor,
      request: openRequest,
      pastePlain: () => void pastePlainText(editor),
    }),
    [editor, openRequest],
  );

  const close = () => setOpen({ kind: 'none' });
  return (
    <div className="report-editor" data-editable={editable}>
      {editable && <EditorToolbar editor={editor} context={context} />}
      {(open.kind === 'find' || open.kind === 'replace') && (
        <FindReplaceBar editor={editor} withReplace={open.kind === 'replace'} onClose={close} />
      )}
      <div className="report-editor__body">
        <div
          className="report-editor__scroll"
          onClickCapture={(event) => {
            const link = (event.target as HTMLElement).closest('a[href]');
            if (!link) return;
            // Links never navigate the app; Ctrl+click (or any click when read-only) asks first.
            event.preventDefault();
            if (event.ctrlKey || event.metaKey || !editable) {
              setOpen({ kind: 'external', url: link.getAttribute('href') ?? '' });
            }
          }}
        >
          {frame ? frame(<EditorContent editor={editor} />) : <EditorContent editor={editor} />}
        </div>
        {editable && articlesPanel && (
          <ArticlesPanel editor={editor} onClose={() => setArticlesPanel(false)} />
        )}
      </div>
      <EditorStatusBar source={stats}>
        {editable && (
          <ArticlesPanelToggle
            open={articlesPanel}
            onToggle={() => setArticlesPanel(!articlesPanel)}
          />
        )}
        {editable && <SpellCheckToggle />}
        {statusSlot}
      </EditorStatusBar>
      {editable && <SpellMenu editor={editor} />}
      {open.kind === 'link' && (
        <LinkDialog
          editor={editor}
          onClose={close}
          onOpen={(url) => setOpen({ kind: 'external', url })}
        />
      )}
      {open.kind === 'table' && (
        <TableSizePicker
          onClose={close}
          onPick={(rows, cols) => {
            close();
            editor.chain().insertTable({ rows, cols, withHeaderRow: false }).run();
            // At once, not a frame later as the focus command does: the next key goes in the cell.
            editor.view.focus();
          }}
        />
      )}
      {open.kind === 'external' && <ExternalLinkDialog url={open.url} onClose={close} />}
    </div>
  );
}
