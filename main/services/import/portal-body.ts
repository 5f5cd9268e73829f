import { findDateline, type ImportWarning } from './fields';

export type BodyItem = { kind: 'text'; text: string } | { kind: 'gap' };
export type Paragraph = { text: string; role: 'lead' | 'paragraph' | 'caption' };
export type AuthorGuess = { text: string; confidence: number };

const CREDIT =
  /^(BT|Thực hiện|Nguồn|Tin(,| và) ảnh|Bài(,| và) ảnh|Theo|Tác giả|Nhóm PV|PV|Tin|Bài|Ảnh)\s*:\s*\S.{0,80}$/iu;
const NAME_WORD = String.raw`\p{Lu}[\p{L}.]*`;
const NAMES = new RegExp(
  `^${NAME_WORD}(\\s+${NAME_WORD}){0,5}(\\s*[–\\-/,&]\\s*${NAME_WORD}(\\s+${NAME_WORD}){0,5})*$`,
  'u',
);
const NUMBERED = /^(\d+|[IVXLC]+|[a-zđ])[.)]\s/u;
const TERMINAL = /([.!?…:;"”)]|\.\/\.)$/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The credit line that closes an article: "Huỳnh Kết", "ĐỨC BÌNH", "BT: Hồng Uyên", "Thi Uyên/VOV.VN". */
export function guessAuthor(line: string): AuthorGuess | null {
  if (CREDIT.test(line)) return { text: line, confidence: 0.9 };
  if (line.length <= 60 && words(line) <= 10 && !/[.:;,]$/.test(line) && NAMES.test(line))
    return { text: line, confidence: 0.75 };
  return null;
}

/**
 * Sorts the body's lines into lead, paragraphs and photo captions, takes the author line off the
 * end, and drops teasers of other articles (a later paragraph opening with its own dateline).
 */
export function classifyBody(
  items: BodyItem[],
  warnings: ImportWarning[],
): { paragraphs: Paragraph[]; author: AuthorGuess | null } {
  const lines: { text: string; gapBefore: boolean; gapAfter: boolean }[] = [];
  let gap = false;
  for (const item of items) {
    if (item.kind === 'gap') {
      gap = true;
      if (lines.length > 0) lines[lines.length - 1].gapAfter = true;
      continue;
    }
    lines.push({ text: item.text, gapBefore: gap, gapAfter: false });
    gap = false;
  }

  let author: AuthorGuess | null = null;
  const last = lines[lines.length - 1];
  if (lines.length >= 2 && last) {
    author = guessAuthor(last.text);
    if (author) lines.pop();
  }

  const kept = lines.filter((line, index) => {
    if (index === 0 || !findDateline(line.text)) return true;
    warnings.push({ code: 'teaser-removed', detail: line.text.slice(0, 80) });
    return false;
  });

  const paragraphs = kept.map((line, index): Paragraph => {
    if (index === 0) return { text: line.text, role: 'lead' };
    const previous = kept[index - 1];
    const next = kept[index + 1];
    return {
      text: line.text,
      role: isCaption(line, previous?.text, next?.text) ? 'caption' : 'paragraph',
    };
  });
  const tail = paragraphs[paragraphs.length - 1];
  if (tail && !author && !TERMINAL.test(tail.text)) warnings.push({ code: 'body-may-be-cut' });
  return { paragraphs, author };
}

/**
 * A photo caption is a short line of its own between paragraphs, often without a full stop,
 * sometimes crediting the photo; portals usually pad the picture with empty lines.
 */
function isCaption(
  line: { text: string; gapBefore: boolean; gapAfter: boolean },
  previous?: string,
  next?: string,
): boolean {
  if (/\((ảnh|nguồn ảnh)\s*:/iu.test(line.text) || /^ảnh\s*:/iu.test(line.text)) return true;
  if (!previous || !next || NUMBERED.test(line.text) || !/^\p{Lu}/u.test(line.text)) return false;
  const count = words(line.text);
  if (count > 30 || count < 2) return false;
  const betweenLongParagraphs = words(previous) >= 20 && words(next) >= 15;
  const padded = line.gapBefore || line.gapAfter;
  return betweenLongParagraphs && (padded || !TERMINAL.test(line.text));
}
