/**
 * Remembers delivered message ids so a platform's retry is answered once.
 * @module
 */

/** A set of recently seen keys; swap in a KV/Durable-Object store for many isolates. */
export interface DedupStore {
  /** True if `key` was already seen; otherwise records it and returns false. */
  seen(key: string): Promise<boolean>
}

export interface MemoryDedupStoreOptions {
  /** Most keys kept; the least recently seen go first. Default 10 000. */
  max?: number
  /** How long a key is remembered. Default 10 minutes (platforms retry within seconds to minutes). */
  ttlMs?: number
  /** Clock in milliseconds (tests pin it). */
  now?: () => number
}

/** An in-memory LRU + TTL store, per process or isolate. */
export function createMemoryDedupStore(options: MemoryDedupStoreOptions = {}): DedupStore {
  const max = options.max ?? 10_000
  const ttlMs = options.ttlMs ?? 10 * 60_000
  const now = options.now ?? Date.now
  const expiry = new Map<string, number>()
  return {
    async seen(key) {
      const t = now()
      const until = expiry.get(key)
      if (until !== undefined && until > t) {
        expiry.delete(key)
        expiry.set(key, until) // refresh recency, keep the original expiry
        return true
      }
      expiry.delete(key)
      expiry.set(key, t + ttlMs)
      while (expiry.size > max) expiry.delete(expiry.keys().next().value as string)
      return false
    },
  }
}
