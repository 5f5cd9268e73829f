import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../../shared/report/document';
import type { ReportFields } from '../../../../shared/report/fields';
import type { ReportLayout } from '../../../../shared/report/report';
import { ModalDialog } from '../../app/modal-dialog';
import { buildPreviewDocument, countPreviewPages, PAGE_GAP_MM } from './preview-document';
import { MM_TO_PX } from './page-guides';
import { PAGE_MM } from '../../../../shared/report/nd30';

export type PrintPreviewProps = {
  fields: ReportFields;
  content: DocNode;
  layout: ReportLayout;
  citationStyle: 'inline' | 'footnote';
  /** 'media/<file>' → a URL this shell can load, or null. */
  resolveImage(src: string): string | null;
  imageSources: string[];
  /** Open the print dialog as soon as the pages are laid out (Ctrl+P). */
  printOnOpen?: boolean;
  onClose(): void;
};

/**
 * "Xem trước khi in": the print document itself in a sandboxed frame (no scripts), laid out as
 * the pages the PDF will have, numbered from page 2; "In" prints exactly that document.
 */
export function PrintPreview(props: PrintPreviewProps) {
  const { t } = useTranslation('layout');
  const frame = useRef<HTMLIFrameElement>(null);
  const [pages, setPages] = useState(0);
  const printed = useRef(false);
  const html = useMemo(
    () =>
      buildPreviewDocument(
        { fields: props.fields, content: props.content, layout: props.layout },
        {
          year: new Date().getFullYear(),
          citationStyle: props.citationStyle,
          resolveImage: props.resolveImage,
          imageSources: props.imageSources,
        },
      ),
    [
      props.fields,
      props.content,
      props.layout,
      props.citationStyle,
      props.resolveImage,
      props.imageSources,
    ],
  );

  const print = useCallback(() => frame.current?.contentWindow?.print(), []);
  const onLoad = useCallback(async () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    await doc.fonts?.ready;
    setPages(countPreviewPages(doc));
    if (props.printOnOpen && !printed.current) {
      printed.current = true;
      print();
    }
  }, [props.printOnOpen, print]);

  useEffect(() => {
    printed.current = false;
  }, [html]);

  const stride = (PAGE_MM.height + PAGE_GAP_MM) * MM_TO_PX;
  return (
    <ModalDialog title={t('preview.title')} onClose={props.onClose}>
      <div className="print-preview" data-testid="print-preview">
        <iframe
          ref={frame}
          className="print-preview__frame"
          title={t('preview.frame')}
          sandbox="allow-same-origin allow-modals"
          srcDoc={html}
          onLoad={() => void onLoad()}
        />
        <div className="print-preview__bar">
          <span data-testid="preview-page-count">{t('preview.pages', { count: pages })}</span>
          {Array.from({ length: pages }, (_, i) => (
            <button
              key={i}
              type="button"
              className="button--quiet"
              onClick={() => frame.current?.contentWindow?.scrollTo({ top: i * stride })}
            >
              {i + 1}
            </button>
          ))}
          <span style={{ flex: 1 }} />
          <button type="button" onClick={print}>
            {t('preview.print')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('preview.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
