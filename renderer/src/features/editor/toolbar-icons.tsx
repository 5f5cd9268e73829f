import type { ReactNode } from 'react';

/** Line icons for tools whose glyph no bundled font draws; 16-unit grid, stroked in the text colour. */
const lines = (rows: [number, number][]): ReactNode =>
  rows.map(([x1, x2], i) => <line key={i} x1={x1} x2={x2} y1={3 + i * 3.3} y2={3 + i * 3.3} />);

const ICONS: Record<string, ReactNode> = {
  alignLeft: lines([
    [2, 14],
    [2, 10],
    [2, 14],
    [2, 9],
  ]),
  alignCenter: lines([
    [2, 14],
    [4, 12],
    [2, 14],
    [5, 11],
  ]),
  alignRight: lines([
    [2, 14],
    [6, 14],
    [2, 14],
    [7, 14],
  ]),
  alignJustify: lines([
    [2, 14],
    [2, 14],
    [2, 14],
    [2, 14],
  ]),
  link: (
    <>
      <path d="M7 9a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L8.5 3.3" />
      <path d="M9 7a3 3 0 0 0-4.2 0L2.5 9.3a3 3 0 0 0 4.2 4.2l.8-.8" />
    </>
  ),
  image: (
    <>
      <rect x="2" y="3" width="12" height="10" rx="1" />
      <circle cx="6" cy="6.5" r="1.2" />
      <path d="M2.5 12l4-4 3 3 2-2 2.5 2.5" />
    </>
  ),
  table: (
    <>
      <rect x="2" y="3" width="12" height="10" />
      <line x1="2" x2="14" y1="6.5" y2="6.5" />
      <line x1="2" x2="14" y1="9.8" y2="9.8" />
      <line x1="6" x2="6" y1="3" y2="13" />
      <line x1="10" x2="10" y1="3" y2="13" />
    </>
  ),
  find: (
    <>
      <circle cx="7" cy="7" r="4" />
      <line x1="10" y1="10" x2="14" y2="14" />
    </>
  ),
  replace: (
    <>
      <path d="M3 6h9l-2.5-2.5" />
      <path d="M13 10H4l2.5 2.5" />
    </>
  ),
  pastePlain: (
    <>
      <rect x="3" y="3" width="10" height="11" rx="1" />
      <rect x="6" y="1.5" width="4" height="3" rx="0.5" />
      <line x1="5.5" x2="10.5" y1="8" y2="8" />
      <line x1="5.5" x2="9" y1="11" y2="11" />
    </>
  ),
  pageBreak: (
    <>
      <path d="M3 2v4h10V2" />
      <path d="M3 14v-4h10v4" />
      <line x1="1" x2="15" y1="8" y2="8" strokeDasharray="2 1.5" />
    </>
  ),
  firstLineIndent: (
    <>
      <line x1="7" x2="14" y1="3" y2="3" />
      <line x1="2" x2="14" y1="6.3" y2="6.3" />
      <line x1="2" x2="14" y1="9.6" y2="9.6" />
      <line x1="2" x2="11" y1="12.9" y2="12.9" />
      <path d="M2 1.5l2.5 1.5L2 4.5" />
    </>
  ),
  indent: (
    <>
      {lines([
        [2, 14],
        [8, 14],
        [8, 14],
        [2, 14],
      ])}
      <path d="M2 5.5l3 2-3 2" />
    </>
  ),
  outdent: (
    <>
      {lines([
        [2, 14],
        [8, 14],
        [8, 14],
        [2, 14],
      ])}
      <path d="M5 5.5l-3 2 3 2" />
    </>
  ),
};

export function hasIcon(id: string): boolean {
  return id in ICONS;
}

/** The icon for a tool id, or null when its glyph (a letter, "1.", "a)") says it better. */
export function ToolIcon({ id }: { id: string }) {
  const icon = ICONS[id];
  if (!icon) return null;
  return (
    <svg
      className="editor-toolbar__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      aria-hidden="true"
    >
      {icon}
    </svg>
  );
}
