import type { z } from 'zod';
import { appChannels } from './ipc/app';
import { archiveChannels } from './ipc/archive';
import { searchChannels } from './ipc/search';
import { importChannels } from './ipc/import';
import { sampleChannels } from './ipc/sample';
import { reportsChannels } from './ipc/reports';
import { reportOutputChannels } from './ipc/report-output';
import { reportDocxChannels } from './ipc/report-docx';
import { citationsChannels } from './ipc/citations';
import { clipboardChannels } from './ipc/clipboard';
import type { EventName, EventPayload } from './ipc/events';

/**
 * The one IPC contract: channel → zod input → zod output. Main's handlers, the preload's
 * `window.api`, the loopback host and the renderer's calls are all derived from this map.
 * Each domain declares its channels in shared/ipc/<domain>.ts and is spread in here.
 */
export const contract = {
  ...appChannels,
  ...archiveChannels,
  ...searchChannels,
  ...importChannels,
  ...sampleChannels,
  ...reportsChannels,
  ...reportOutputChannels,
  ...reportDocxChannels,
  ...citationsChannels,
  ...clipboardChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** What crosses the wire for every call: never a thrown exception. */
export type InvokeResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string; detail?: string } };

type DomainOf<C> = C extends `${infer D}.${string}` ? D : never;
type MethodOf<C, D extends string> = C extends `${D}.${infer M}` ? M : never;
type Method<C extends ChannelName> =
  undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<ChannelOutput<C>>
    : (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** `window.api`: `api.settings.get()`, `api.articles.get({ id })`, `api.on('job.progress', cb)`. */
export type Api = {
  [D in DomainOf<ChannelName>]: { [C in ChannelName as MethodOf<C, D>]: Method<C> };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Builds the nested `api` object over any transport (Electron IPC, or HTTP to the host). */
export function createApi(
  invoke: (channel: ChannelName, input: unknown) => Promise<unknown>,
  on: (event: EventName, listener: (payload: unknown) => void) => () => void,
): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const dot = channel.indexOf('.');
    const domain = channel.slice(0, dot);
    const method = channel.slice(dot + 1);
    (api[domain] ??= {})[method] = (input?: unknown) => invoke(channel, input);
  }
  return { ...api, on } as unknown as Api;
}
