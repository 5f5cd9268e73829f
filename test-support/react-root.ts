import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../renderer/src/i18n/i18n';

// React warns when updates in a test are not wrapped in act(); it checks this flag to know.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * For a jsdom test file that renders components: Vietnamese strings, and a root per test on its
 * own host element, unmounted and removed after the test. Call at the top of the file; it
 * returns the function that makes a test's root.
 */
export function reactRootPerTest(): () => { root: Root; host: HTMLElement } {
  let root: Root | null = null;
  beforeAll(() => initI18n('vi'));
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.replaceChildren();
  });
  return () => {
    const host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    return { root, host };
  };
}
