import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_DOC } from '../../../../shared/report/document';
import type { ReportFields } from '../../../../shared/report/fields';
import { MARGINS_MM, PAGE_MM } from '../../../../shared/report/nd30';
import { documentCss, printParts } from '../../../../shared/report/print-layout';
import type { ReportLayout } from '../../../../shared/report/report';
import { blockExtents } from '../editor/extensions/deferred-paint';
import { cancelIdle, requestIdle } from '../editor/idle';
import { MM_TO_PX, pageBreakOffsets, type MeasuredBlock } from './page-guides';
import './report-layout.css';

const DOCUMENT_CSS = documentCss();
/** Blocks that move whole to the next page rather than split (as the print CSS keeps them). */
const KEEP_TOGETHER = 'h1,h2,h3,figure,table,hr,img,[data-part="header"],[data-part="signer"]';

export type ReportPageFrameProps = {
  fields: ReportFields;
  layout: ReportLayout;
  /** Percent, 50–200 (settings.editor.zoom). */
  zoom: number;
  /** The year a blank date prints with; the current year by default. */
  year?: number;
  /** The live editor: its document becomes the page's body. */
  children: ReactNode;
};

/**
 * The editor on an A4 page at the decree's margins, with the header and signer blocks drawn
 * from the fields by the same print layout as the PDF, and dashed guides where pages will break.
 */
export function ReportPageFrame({ fields, layout, zoom, year, children }: ReportPageFrameProps) {
  const { t } = useTranslation('layout');
  const parts = useMemo(
    () =>
      printParts(
        { fields, content: EMPTY_DOC, layout },
        { year: year ?? new Date().getFullYear() },
      ),
    [fields, layout, year],
  );
  const sheet = useRef<HTMLDivElement>(null);
  const guides = usePageGuides(sheet, layout);
  const m = MARGINS_MM[layout];
  return (
    <div className="page-view" style={{ zoom: zoom / 100 }} data-testid="page-view">
      <style>{DOCUMENT_CSS}</style>
      <div
        ref={sheet}
        className="page-view__sheet kt-doc"
        style={{
          width: `${PAGE_MM.width}mm`,
          minHeight: `${PAGE_MM.height}mm`,
          padding: `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`,
        }}
      >
        <div data-part="header" dangerouslySetInnerHTML={{ __html: parts.header }} />
        <div className="kt-body page-view__body">{children}</div>
        <div data-part="signer" dangerouslySetInnerHTML={{ __html: parts.signer }} />
        {guides.map((offset, index) => (
          <div
            key={index}
            className="page-view__guide"
            style={{ top: `calc(${m.top}mm + ${offset}px)` }}
            aria-hidden="true"
          >
            <span>{t('page.pageGuide', { page: index + 1 })}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The guides follow a change of the sheet's size within this long, even while typing goes on. */
const GUIDES_WAIT_MS = 300;

/**
 * Re-measures the laid-out blocks whenever the sheet's size changes (typing, fields, zoom): in
 * idle time after the frame that showed the change, once for a burst of changes. Measuring reads
 * every block of the report; in the frame of a keystroke it made that keystroke late.
 */
function usePageGuides(sheet: React.RefObject<HTMLDivElement | null>, layout: ReportLayout) {
  const [guides, setGuides] = useState<number[]>([]);
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    let handle = 0;
    const measure = () => {
      handle = 0;
      const next = measureGuides(element, layout);
      setGuides((now) => (sameOffsets(now, next) ? now : next));
    };
    const schedule = () => {
      if (!handle) handle = requestIdle(measure, GUIDES_WAIT_MS);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    const body = element.querySelector('.page-view__body');
    if (body) resize.observe(body);
    measure();
    return () => {
      resize.disconnect();
      cancelIdle(handle);
    };
  }, [sheet, layout]);
  return guides;
}

function measureGuides(sheet: HTMLElement, layout: ReportLayout): number[] {
  const m = MARGINS_MM[layout];
  const rect = sheet.getBoundingClientRect();
  // CSS zoom scales what getBoundingClientRect reports; positions inside the sheet are unzoomed.
  const scale = rect.width / (PAGE_MM.width * MM_TO_PX) || 1;
  const contentTop = rect.top + m.top * MM_TO_PX * scale;
  const pageHeight = (PAGE_MM.height - m.top - m.bottom) * MM_TO_PX;
  const root = sheet.querySelector('.page-view__body .ProseMirror');
  // A long report leaves the blocks far from the screen out of layout; it says where they are.
  const body = (root && blockExtents(root)) ?? [...(root?.children ?? [])].map(extentOf);
  const header = sheet.querySelector('[data-part="header"]');
  const signer = sheet.querySelector('[data-part="signer"]');
  const extents = [
    ...(header ? [extentOf(header)] : []),
    ...body,
    ...(signer ? [extentOf(signer)] : []),
  ];
  const blocks: MeasuredBlock[] = [];
  for (const { element, top, bottom } of extents) {
    if (bottom - top === 0) continue;
    blocks.push({
      top: (top - contentTop) / scale,
      bottom: (bottom - contentTop) / scale,
      keepTogether: element.matches(KEEP_TOGETHER),
    });
  }
  return pageBreakOffsets(blocks, pageHeight).map((offset) => Math.round(offset));
}

function extentOf(element: Element) {
  const { top, bottom } = element.getBoundingClientRect();
  return { element, top, bottom };
}

function sameOffsets(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
