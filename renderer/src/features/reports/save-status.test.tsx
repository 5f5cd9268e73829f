// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { reactRootPerTest } from '../../../../test-support/react-root';
import { SaveStatusText } from './save-status';
import { createStatusSource } from './use-autosave';

const newRoot = reactRootPerTest();

describe('SaveStatusText', () => {
  it('follows saving ↔ saved without a React commit, and renders a conflict with its buttons', () => {
    const source = createStatusSource();
    const { root, host } = newRoot();
    let commits = 0;
    act(() =>
      root.render(
        <Profiler id="save" onRender={() => commits++}>
          <SaveStatusText source={source} onReload={() => undefined} onSaveCopy={() => undefined} />
        </Profiler>,
      ),
    );
    const status = () => host.querySelector('.save-status')!;
    expect(status().getAttribute('data-state')).toBe('saved');
    const saved = status().textContent;
    const afterMount = commits;
    act(() => source.set({ state: 'saving' }));
    expect(status().getAttribute('data-state')).toBe('saving');
    expect(status().textContent).not.toBe(saved);
    act(() => source.set({ state: 'saved' }));
    expect(status().getAttribute('data-state')).toBe('saved');
    expect(status().textContent).toBe(saved);
    expect(commits).toBe(afterMount);

    act(() => source.set({ state: 'conflict', message: 'x' }));
    expect(
      host.querySelector('.save-status[role="alert"]')?.querySelectorAll('button'),
    ).toHaveLength(2);
    act(() => source.set({ state: 'error', message: 'đĩa đầy' }));
    expect(status().getAttribute('data-state')).toBe('error');
    expect(status().textContent).toContain('đĩa đầy');
    act(() => source.set({ state: 'saving' }));
    expect(status().getAttribute('data-state')).toBe('saving');
    expect(status().classList.contains('save-status--error')).toBe(false);
  });
});
