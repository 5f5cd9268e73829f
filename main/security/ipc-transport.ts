/** The two Electron IPC channel names: every call goes through one, every event through the other. */
export const IPC_INVOKE_CHANNEL = 'ipc';
export const IPC_EVENT_CHANNEL = 'event';
