// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { SaveStatusText } from './save-status';
import { createStatusSource } from './use-autosave';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
beforeAll(() => initI18n('vi'));
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('SaveStatusText', () => {
  it('follows saving ↔ saved without a React commit, and renders a conflict with its buttons', () => {
    const source = createStatusSource();
    const host = document.body.appendChild(document.createElement('div'));
    let commits = 0;
    root = createRoot(host);
    act(() =>
      root!.render(
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
