// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { reactRootPerTest } from '../../../../test-support/react-root';
import { EditorStatusBar } from './status-bar';
import { createStatsSource } from './use-change-emitter';

const newRoot = reactRootPerTest();

const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('EditorStatusBar', () => {
  it('shows each new count without a React commit (a commit walks the focused editor)', () => {
    const source = createStatsSource(null);
    const { root } = newRoot();
    let commits = 0;
    act(() =>
      root.render(
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
