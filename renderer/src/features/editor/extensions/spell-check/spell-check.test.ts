import dictionaryVi from 'dictionary-vi';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { EDITOR_EXTENSIONS } from '../../extensions';
import { documentPlacement, SpellCheck } from './spell-check';
import { SPELL_SLICE, spellCheckKey } from './spell-check-plugin';
import { createSpellChecker } from './spell-checker';
import { createLocalSpellService, type SpellService } from './spell-service';

const decoder = new TextDecoder();
const checker = createSpellChecker({
  aff: decoder.decode(dictionaryVi.aff),
  dic: decoder.decode(dictionaryVi.dic),
});

let editor: Editor;
afterEach(() => editor.destroy());

/** The in-process checker, recording which paragraph texts were sent to it. */
function recordingService(): SpellService & { checked: string[]; batches: string[][] } {
  const local = createLocalSpellService(checker);
  const checked: string[] = [];
  const batches: string[][] = [];
  return {
    ...local,
    checked,
    batches,
    async check(texts) {
      checked.push(...texts);
      batches.push([...texts]);
      return local.check(texts);
    },
  };
}

function editorWith(content: string, service: SpellService) {
  const extensions = EDITOR_EXTENSIONS.map((extension) =>
    extension.name === 'spellCheck'
      ? SpellCheck.configure({ createService: () => service, debounceMs: 5 })
      : extension,
  );
  return createTestEditor({ content, extensions });
}

const underlined = () =>
  (spellCheckKey.getState(editor.state)?.decorations.find() ?? []).map((d) =>
    editor.state.doc.textBetween(d.from, d.to),
  );

/** Resolves once the checker has answered and the underlines are drawn. */
async function settled() {
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (spellCheckKey.getState(editor.state)?.dirty.length === 0) return;
  }
  throw new Error('spell-check never settled');
}

describe('spell-check in the editor', () => {
  it('underlines misspelled syllables only, in either tone placement, without touching the text', async () => {
    const service = recordingService();
    editor = editorWith(
      '<p>Ủy ban nhân dân tỉnh hòa giải, thuỷ lợi, khỏe mạnh; UBND, HĐND, KT-XH năm 2025.</p>' +
        '<p>Tình hình nghieng về kinh tees.</p>',
      service,
    );
    const before = JSON.stringify(editor.getJSON());
    editor.commands.setSpellCheck({ enabled: true, personalWords: [] });
    await settled();
    expect(underlined()).toEqual(['nghieng', 'tees']);
    expect(JSON.stringify(editor.getJSON())).toBe(before);
  });

  it('re-checks only the paragraph that changed', async () => {
    const service = recordingService();
    editor = editorWith('<p>Đoạn một đúng.</p><p>Đoạn hai cos lỗi.</p><p>Đoạn ba.</p>', service);
    editor.commands.setSpellCheck({ enabled: true, personalWords: [] });
    await settled();
    expect(underlined()).toEqual(['cos']);
    service.checked.length = 0;
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' sai chinhs');
    await settled();
    expect(service.checked).toEqual(['Đoạn ba. sai chinhs']);
    expect(underlined()).toEqual(['cos', 'chinhs']);
  });

  it('checks a long report in slices, the paragraph at the cursor first', async () => {
    const service = recordingService();
    const line = 'Ủy ban nhân dân tỉnh chỉ đạo phát triển kinh tees xã hội. ';
    const paragraphs = Array.from({ length: 80 }, (_, i) =>
      `Đoạn ${i + 1}. ${line.repeat(5)}`.trim(),
    );
    editor = editorWith(paragraphs.map((text) => `<p>${text}</p>`).join(''), service);
    let cursor = 0;
    editor.state.doc.forEach((_node, pos, index) => {
      if (index === 60) cursor = pos + 3;
    });
    editor.commands.setTextSelection(cursor);
    editor.commands.setSpellCheck({ enabled: true, personalWords: [] });
    await settled();
    expect(service.batches.length).toBeGreaterThan(3);
    expect(service.batches[0]![0]).toBe(paragraphs[60]);
    for (const batch of service.batches)
      expect(batch.reduce((size, text) => size + text.length + 2, 0)).toBeLessThanOrEqual(
        SPELL_SLICE,
      );
    expect(underlined()).toHaveLength(80 * 5);
  });

  it('a suggestion replaces the syllable and keeps its marks', async () => {
    editor = editorWith('<p>Tình hình <strong>nghieng</strong> về.</p>', recordingService());
    editor.commands.setSpellCheck({ enabled: true, personalWords: [] });
    await settled();
    const [decoration] = spellCheckKey.getState(editor.state)!.decorations.find();
    const suggestions = await checker.suggest('nghieng');
    editor.commands.replaceMisspelling(
      { from: decoration!.from, to: decoration!.to, word: 'nghieng' },
      suggestions[0]!,
    );
    expect(editor.getHTML()).toBe('<p>Tình hình <strong>nghiêng</strong> về.</p>');
    await settled();
    expect(underlined()).toEqual([]);
  });

  it('suggestions follow the tone placement the report already writes', async () => {
    const service = recordingService();
    editor = editorWith('<p>CỘNG HÒA</p><p>Ủy ban, khoe</p>', service);
    expect(documentPlacement(editor.state.doc)).toBe('new');
    expect(await service.suggest('khoe', documentPlacement(editor.state.doc))).toEqual([
      'khóe',
      'khỏe',
    ]);
    editor.commands.setContent('<p>Cộng hoà</p><p>Uỷ ban, thuỷ lợi, khoe</p>');
    expect(documentPlacement(editor.state.doc)).toBe('old');
    expect(await service.suggest('khoe', documentPlacement(editor.state.doc))).toEqual([
      'khoé',
      'khoẻ',
    ]);
    editor.commands.setContent('<p>Báo cáo khoe</p>');
    expect(documentPlacement(editor.state.doc)).toBe('new');
  });

  it('personal words are not underlined; turning the check off removes every underline', async () => {
    editor = editorWith('<p>Nhắn qua Zalo và tees.</p>', recordingService());
    editor.commands.setSpellCheck({ enabled: true, personalWords: [] });
    await settled();
    expect(underlined()).toEqual(['Zalo', 'tees']);
    editor.commands.setSpellCheck({ enabled: true, personalWords: ['zalo'] });
    await settled();
    expect(underlined()).toEqual(['tees']);
    editor.commands.setSpellCheck({ enabled: false, personalWords: ['zalo'] });
    expect(underlined()).toEqual([]);
  });
});
