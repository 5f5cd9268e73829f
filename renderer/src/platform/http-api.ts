import { createApi, type Api, type ChannelName, type InvokeResult } from '../../../shared/ipc';
import type { EventName } from '../../../shared/ipc/events';
import { ApiError } from './api-error';

/**
 * `window.api` for the loopback host (`npm run web`, the e2e tests): the same contract over
 * HTTP. The host puts its per-run token in a meta tag of the page it serves.
 */
export function createHttpApi(): Api {
  const token = document.querySelector<HTMLMetaElement>('meta[name="khotin-token"]')?.content ?? '';
  const invoke = async (channel: ChannelName, input: unknown) => {
    const response = await fetch('api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-khotin-token': token },
      body: JSON.stringify({ channel, input }),
    });
    const result = (await response.json()) as InvokeResult<unknown>;
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!source) {
      source = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message) => {
        const { event: name, payload } = JSON.parse(message.data as string) as {
          event: EventName;
          payload: unknown;
        };
        listeners.get(name)?.forEach((fn) => fn(payload));
      };
    }
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  };
  return createApi(invoke, on);
}
