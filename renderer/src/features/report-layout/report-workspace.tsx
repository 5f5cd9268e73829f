import type { Editor } from '@tiptap/core';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_PROTOCOL } from '../../../../shared/csp';
import type { DocNode } from '../../../../shared/report/document';
import type { ReportFields } from '../../../../shared/report/fields';
import type { PreflightTarget } from '../../../../shared/report/preflight';
import type { ReportFile, ReportLayout } from '../../../../shared/report/report';
import { useCommands } from '../../app/command-bus';
import { finishLoading } from '../editor/document-loader';
import { ReportEditor } from '../editor/report-editor';
import { currentShell, mediaUrl } from '../reader/media-url';
import { selectEditorSettings, useSettingsStore } from '../settings/settings-store';
import { ExportDialog } from './export-dialog';
import { FieldsPanel } from './fields-panel';
import { ReportPageFrame } from './page-frame';
import { PrintPreview } from './print-preview';
import { ZoomControl } from './zoom-control';

/** The ND30 part of a report's state that is saved beside its content. */
export type LayoutState = { fields: ReportFields; layout: ReportLayout; final: boolean };

export type ReportWorkspaceProps = {
  report: ReportFile;
  editable: boolean;
  /** The document changed (autosave). */
  onContentChange(doc: DocNode): void;
  /** Fields, layout or the final mark changed (autosave saves them with the content). */
  onLayoutChange(state: LayoutState, doc: DocNode): void;
  /** Writes pending edits, before an export reads the saved report. */
  flush(): Promise<void>;
  statusSlot?: ReactNode;
};

type Open = 'none' | 'preview' | 'print' | 'export';

/**
 * The drafting workspace: the editor on A4 pages with the ND30 blocks, the "Thể thức" panel
 * beside it, zoom, "Xem trước khi in" (Ctrl+P prints it) and export with its pre-flight check.
 */
export function ReportWorkspace(props: ReportWorkspaceProps) {
  const { report, editable } = props;
  const { t } = useTranslation('layout');
  const [state, setState] = useState<LayoutState>({
    fields: report.fields,
    layout: report.meta.layout,
    final: report.meta.final,
  });
  const [open, setOpen] = useState<Open>('none');
  const [focusField, setFocusField] = useState<keyof ReportFields | null>(null);
  const doc = useRef<DocNode>(report.content);
  const editor = useRef<Editor | null>(null);
  const { zoom, citationStyle } = useSettingsStore(selectEditorSettings);
  const reportDefaults = useSettingsStore((s) => s.settings.reportDefaults);
  const updateSettings = useSettingsStore((s) => s.update);

  const change = (patch: Partial<LayoutState>) => {
    const next = { ...state, ...patch };
    setState(next);
    props.onLayoutChange(next, doc.current);
  };
  const onChange = useCallback(
    (next: DocNode) => {
      doc.current = next;
      props.onContentChange(next);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.onContentChange],
  );
  const onReady = useCallback((ready: Editor) => {
    editor.current = ready;
  }, []);
  const current = () => (editor.current?.getJSON() as DocNode | undefined) ?? doc.current;

  // Preview, print and export read the whole report: blocks still being drawn go in first.
  const show = useCallback((which: Open) => {
    if (editor.current) finishLoading(editor.current);
    setOpen(which);
  }, []);
  const commands = useMemo(() => ({ print: () => show('print') }), [show]);
  useCommands(commands);

  const goTo = (target: PreflightTarget) => {
    if ('field' in target) {
      setFocusField(null);
      requestAnimationFrame(() => setFocusField(target.field));
      return;
    }
    const ed = editor.current;
    if (!ed) return;
    const pos = Math.max(0, Math.min(target.pos, ed.state.doc.content.size));
    ed.chain().focus().setTextSelection(pos).scrollIntoView().run();
  };

  const shell = useMemo(() => currentShell(), []);
  const resolveImage = useCallback((src: string) => mediaUrl(src, shell), [shell]);
  const imageSources = useMemo(() => ["'self'", `${MEDIA_PROTOCOL}:`], []);

  return (
    <div className="report-workspace">
      <div className="layout-toolbar" role="toolbar" aria-label={t('panel.title')}>
        <ZoomControl
          zoom={zoom}
          onZoom={(value) => void updateSettings({ editor: { zoom: value } })}
        />
        <button type="button" onClick={() => show('preview')}>
          {t('page.preview')}
        </button>
        <button type="button" onClick={() => show('export')}>
          {t('page.export')}
        </button>
      </div>
      <div className="report-workspace__body">
        <div className="report-workspace__editor">
          <ReportEditor
            reportId={report.meta.id}
            content={report.content}
            editable={editable}
            onChange={onChange}
            onReady={onReady}
            statusSlot={props.statusSlot}
            frame={(content) => (
              <ReportPageFrame fields={state.fields} layout={state.layout} zoom={zoom}>
                {content}
              </ReportPageFrame>
            )}
          />
        </div>
        <FieldsPanel
          fields={state.fields}
          layout={state.layout}
          final={state.final}
          editable={editable}
          reportDefaults={reportDefaults}
          focusField={focusField}
          onFieldsChange={(fields) => change({ fields })}
          onLayoutChange={(layout) => change({ layout })}
          onFinalChange={(final) => change({ final })}
        />
      </div>
      {(open === 'preview' || open === 'print') && (
        <PrintPreview
          fields={state.fields}
          content={current()}
          layout={state.layout}
          citationStyle={citationStyle}
          resolveImage={resolveImage}
          imageSources={imageSources}
          printOnOpen={open === 'print'}
          onClose={() => setOpen('none')}
        />
      )}
      {open === 'export' && (
        <ExportDialog
          id={report.meta.id}
          fields={state.fields}
          content={current()}
          layout={state.layout}
          final={state.final}
          flush={props.flush}
          onGoTo={goTo}
          onClose={() => setOpen('none')}
        />
      )}
    </div>
  );
}
