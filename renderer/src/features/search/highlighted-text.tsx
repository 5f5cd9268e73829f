import { Fragment, type ReactNode } from 'react';

type Props = { text: string; ranges: readonly (readonly [number, number])[] };

/**
 * Text with the given [start, end) ranges wrapped in <mark>, built as React elements so the
 * article's own text is never parsed as HTML.
 */
export function HighlightedText({ text, ranges }: Props) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start < at || end > text.length || end <= start) return;
    if (start > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${i}`}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
