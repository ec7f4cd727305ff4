import type { CustomerId, LedgerEvent } from '../core';
import { CHUNK_SIZE, type EventChunk } from './schema';

/** An event with its ledger-wide position. */
export type OrderedEvent = { readonly event: LedgerEvent; readonly order: number };

/** Milliseconds of an event's instant; unparsable ones sort last, as the engine's index does. */
export function eventMs(event: LedgerEvent): number {
  const ms = Date.parse(event.at);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/** Events in time order, ties in ledger order. */
export function byTime(events: readonly OrderedEvent[]): OrderedEvent[] {
  return events
    .map((e) => ({ e, ms: eventMs(e.event) }))
    .sort((a, b) => a.ms - b.ms || a.e.order - b.e.order)
    .map((x) => x.e);
}

/** One chunk record over events already in time order. */
export function chunkOf(
  customerId: CustomerId,
  seq: number,
  events: readonly OrderedEvent[],
): EventChunk {
  return {
    customerId,
    seq,
    json: JSON.stringify(events.map((e) => e.event)),
    count: events.length,
    order: events.map((e) => e.order),
  };
}

/** A customer's whole log (time order) cut into chunks of CHUNK_SIZE, seq from 0. */
export function chunksOf(customerId: CustomerId, events: readonly OrderedEvent[]): EventChunk[] {
  const chunks: EventChunk[] = [];
  for (let start = 0; start < events.length; start += CHUNK_SIZE) {
    chunks.push(chunkOf(customerId, chunks.length, events.slice(start, start + CHUNK_SIZE)));
  }
  return chunks;
}

/** The events of a chunk, in time order. */
export function eventsOfChunk(chunk: EventChunk): LedgerEvent[] {
  return JSON.parse(chunk.json) as LedgerEvent[];
}

/** The events of a chunk with their positions. */
export function orderedEventsOf(chunk: EventChunk): OrderedEvent[] {
  return eventsOfChunk(chunk).map((event, i) => ({ event, order: chunk.order[i] ?? 0 }));
}

/**
 * True when `event` repeats one of `logged`: the same id, or the same message id and kind for the
 * same customer (the rule of the engine's mergeEvents).
 */
export function isDuplicateEvent(event: LedgerEvent, logged: readonly LedgerEvent[]): boolean {
  return logged.some(
    (e) =>
      (event.id !== undefined && e.id === event.id) ||
      (event.messageId !== undefined &&
        e.messageId === event.messageId &&
        e.kind === event.kind &&
        e.customerId === event.customerId),
  );
}
