// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { EditorStatusBar } from './status-bar';
import { createStatsSource } from './use-change-emitter';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
beforeAll(() => initI18n('vi'));
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('EditorStatusBar', () => {
  it('shows each new count without a React commit (a commit walks the focused editor)', () => {
    const source = createStatsSource(null);
    const host = document.body.appendChild(document.createElement('div'));
    let commits = 0;
    root = createRoot(host);
    act(() =>
      root!.render(
        <Profiler id="status" onRender={() => commits++}>
          <EditorStatusBar source={source} />
        </Profiler>,
      ),
    );
    expect(text('editor-words')).toBe('…');
    const afterMount = commits;
    act(() => source.set({ words: 12, characters: 60 }));
    expect(text('editor-words')).toBe('12 chữ');
    expect(text('editor-characters')).toContain('60');
    act(() => source.set({ words: 13, characters: 64 }));
    expect(text('editor-words')).toBe('13 chữ');
    expect(commits).toBe(afterMount);
  });
});
