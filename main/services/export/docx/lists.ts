import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions } from 'docx';
import type { DocNode } from '../../../../shared/report/document';
import { BODY, FONT, INDENT_STEP } from './page';

type ListKind = 'dash' | 'disc' | '1' | 'a' | 'A' | 'I' | 'i';

const FORMATS: Record<
  ListKind,
  { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }
> = {
  dash: { format: LevelFormat.BULLET, text: '-' },
  disc: { format: LevelFormat.BULLET, text: '•' },
  '1': { format: LevelFormat.DECIMAL, text: '%L.' },
  a: { format: LevelFormat.LOWER_LETTER, text: '%L)' },
  A: { format: LevelFormat.UPPER_LETTER, text: '%L)' },
  I: { format: LevelFormat.UPPER_ROMAN, text: '%L.' },
  i: { format: LevelFormat.LOWER_ROMAN, text: '%L.' },
};

export type ListNumbering = {
  reference: { reference: string; levels: ILevelsOptions[] };
  level: number;
  instance: number;
};

function kindOf(list: DocNode): ListKind {
  if (list.type === 'bulletList') return list.attrs?.listStyle === 'disc' ? 'disc' : 'dash';
  const type = String(list.attrs?.type ?? '1');
  return (['1', 'a', 'A', 'I', 'i'] as const).find((kind) => kind === type) ?? '1';
}

/**
 * Word lists: one abstract definition per kind and start number, and a fresh numbering
 * instance per list in the editor, so every list counts from its own start (two numbered
 * lists under different headings do not run on from each other). Items sit like body
 * paragraphs, as offices write them: the mark on the first-line indent, a space after it.
 */
export class ListRegistry {
  private nextInstance = 1;
  private readonly definitions = new Map<string, ListNumbering['reference']>();

  open(list: DocNode, level: number): ListNumbering {
    const kind = kindOf(list);
    const start = list.type === 'orderedList' ? Math.max(1, Number(list.attrs?.start) || 1) : 1;
    const key = `list-${kind === 'A' ? 'AU' : kind}-${start}`;
    let reference = this.definitions.get(key);
    if (!reference) {
      reference = { reference: key, levels: levelsFor(kind, start) };
      this.definitions.set(key, reference);
    }
    return { reference, level: Math.min(level, 8), instance: this.nextInstance++ };
  }
}

function levelsFor(kind: ListKind, start: number): ILevelsOptions[] {
  const { format, text } = FORMATS[kind];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text.replace('%L', `%${level + 1}`),
    start,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.SPACE,
    style: {
      run: { font: FONT },
      paragraph: { indent: { left: level * INDENT_STEP, firstLine: BODY.firstLine } },
    },
  }));
}
