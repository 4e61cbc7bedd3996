/**
 * Remembers delivered message ids so a platform's retry is answered once.
 * @module
 */
import { type KeyValueStore, createMemoryKeyValueStore } from './kv-store'

/** A set of recently seen keys; swap in a KV/Durable-Object store for many isolates. */
export interface DedupStore {
  /** True if `key` was already seen; otherwise records it and returns false. */
  seen(key: string): Promise<boolean>
}

export interface MemoryDedupStoreOptions {
  /** Most keys kept; the oldest go first. Default 10 000. */
  max?: number
  /** How long a key is remembered. Default 10 minutes (platforms retry within seconds to minutes). */
  ttlMs?: number
  /** Clock in milliseconds (tests pin it). */
  now?: () => number
}

/** An in-memory store, per process or isolate: the KV-backed store over a bounded memory map. */
export function createMemoryDedupStore(options: MemoryDedupStoreOptions = {}): DedupStore {
  const memory = createMemoryKeyValueStore({
    max: options.max ?? 10_000,
    ...(options.now ? { now: options.now } : {}),
  })
  return createKvDedupStore(memory, (options.ttlMs ?? 10 * 60_000) / 1000)
}

/**
 * A dedup store over a KeyValueStore (Workers KV on Cloudflare, shared by all isolates).
 * Check-then-write is not atomic and KV is eventually consistent, so two deliveries of one
 * message that land on different locations within the same few seconds can both be answered;
 * platforms retry the same webhook URL seconds apart, usually through the same location, and a
 * duplicate answer is a nuisance, not a loss. A Durable Object would be exact but puts every
 * message through one object; we chose the cheaper store.
 */
export function createKvDedupStore(kv: KeyValueStore, ttlSeconds = 600): DedupStore {
  return {
    async seen(key) {
      const k = `dedup:${key}`
      if ((await kv.get(k)) !== null) return true
      await kv.put(k, '1', ttlSeconds)
      return false
    },
  }
}
