import { EventEmitter } from 'node:events';
import { events, type EventName, type EventPayload } from '../../shared/ipc/events';

/** Main-side publisher of the contract's events; the Electron bridge and the host each subscribe. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open window and every host client subscribes; the default of 10 would warn falsely.
    this.emitter.setMaxListeners(0);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.emitter.emit(event, payload);
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }

  onAny(listener: (event: EventName, payload: unknown) => void): () => void {
    const unsubscribers = (Object.keys(events) as EventName[]).map((event) =>
      this.on(event, (payload) => listener(event, payload)),
    );
    return () => unsubscribers.forEach((off) => off());
  }
}
