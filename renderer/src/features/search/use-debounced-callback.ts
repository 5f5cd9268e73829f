import { useEffect, useMemo, useRef } from 'react';

/** `fn` called once the calls have paused for `delayMs`; the last arguments win. */
export function useDebouncedCallback<A extends unknown[]>(
  fn: (...args: A) => void,
  delayMs: number,
): (...args: A) => void {
  const latest = useRef(fn);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = fn;
  }, [fn]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(
    () =>
      (...args: A) => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => latest.current(...args), delayMs);
      },
    [delayMs],
  );
}
