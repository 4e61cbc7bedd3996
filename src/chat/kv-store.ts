/**
 * A small key-value store with expiry: the one place platform state lives (dedup keys, rate
 * limits, guided follow-ups). In memory on Node; Workers KV when a deployment binds one.
 * @module
 */

export interface KeyValueStore {
  get(key: string): Promise<string | null>
  /** Stores `value` for `ttlSeconds` (Workers KV rounds anything under 60 s up to 60 s). */
  put(key: string, value: string, ttlSeconds: number): Promise<void>
  delete(key: string): Promise<void>
}

export interface MemoryKeyValueStoreOptions {
  /** Most keys kept; the least recently written go first. Default 10 000. */
  max?: number
  /** Clock in milliseconds (tests pin it). */
  now?: () => number
  /** Called with the write time (ms) of a live key pushed out by `max` (not of expired ones). */
  onEvict?: (writtenAt: number) => void
}

/** Per process (Node) or per isolate (Workers): bounded, expired keys read as missing. */
export function createMemoryKeyValueStore(options: MemoryKeyValueStoreOptions = {}): KeyValueStore {
  const max = options.max ?? 10_000
  const now = options.now ?? Date.now
  const entries = new Map<string, { value: string; until: number; at: number }>()
  return {
    async get(key) {
      const e = entries.get(key)
      if (!e) return null
      if (e.until <= now()) {
        entries.delete(key)
        return null
      }
      return e.value
    },
    async put(key, value, ttlSeconds) {
      entries.delete(key)
      const at = now()
      entries.set(key, { value, until: at + ttlSeconds * 1000, at })
      while (entries.size > max) {
        const [oldest, e] = entries.entries().next().value as [
          string,
          { until: number; at: number },
        ]
        entries.delete(oldest)
        if (e.until > at) options.onEvict?.(e.at)
      }
    },
    async delete(key) {
      entries.delete(key)
    },
  }
}

/** The part of a Workers KV namespace binding this store uses. */
export interface WorkersKvNamespace {
  get(key: string, type: 'text'): Promise<string | null>
  put(key: string, value: string, options: { expirationTtl: number }): Promise<void>
  delete(key: string): Promise<void>
}

/** Workers KV's shortest expiry. */
const KV_MIN_TTL_SECONDS = 60

/**
 * Workers KV: shared by every isolate, but eventually consistent (a write can take up to a
 * minute to be seen in other locations). Callers that need read-your-write within one isolate
 * put a memory store in front (see `layered`).
 */
export function createWorkersKeyValueStore(ns: WorkersKvNamespace): KeyValueStore {
  return {
    get: (key) => ns.get(key, 'text'),
    put: (key, value, ttlSeconds) =>
      ns.put(key, value, { expirationTtl: Math.max(KV_MIN_TTL_SECONDS, Math.ceil(ttlSeconds)) }),
    delete: (key) => ns.delete(key),
  }
}

/** Reads the fast store first, then the shared one; writes both. */
export function layered(fast: KeyValueStore, shared: KeyValueStore): KeyValueStore {
  return {
    async get(key) {
      const v = await fast.get(key)
      return v ?? shared.get(key)
    },
    async put(key, value, ttlSeconds) {
      await fast.put(key, value, ttlSeconds)
      await shared.put(key, value, ttlSeconds)
    },
    async delete(key) {
      await fast.delete(key)
      await shared.delete(key)
    },
  }
}
