/**
 * Remembers delivered message ids so a platform's retry is answered once. A key is claimed
 * while the reply is made and committed only once it is sent; a failed send releases it, so the
 * platform's retry is answered.
 * @module
 */
import { type KeyValueStore, createMemoryKeyValueStore } from './kv-store'

/**
 * How long a delivered id is remembered: at least the widest signed-timestamp window a platform
 * accepts (DingTalk and Feishu: ±1 hour), so no accepted replay finds its key gone.
 */
export const DEDUP_TTL_SECONDS = 2 * 60 * 60

/** How long a claim holds while its reply is made (a crash mid-reply must not block retries). */
export const DEDUP_CLAIM_SECONDS = 60

export type DedupClaim = 'new' | 'seen'

/** A set of recently seen keys; swap in a KV/Durable-Object store for many isolates. */
export interface DedupStore {
  /** 'seen' if `key` was delivered (or is being answered); otherwise claims it: 'new'. */
  claim(key: string): Promise<DedupClaim>
  /** The reply was sent: remember the key for the whole horizon. */
  commit(key: string): Promise<void>
  /** The reply failed: forget the claim so the platform's retry is answered. */
  release(key: string): Promise<void>
  /**
   * The earliest time (ms) from which every delivered key is still remembered: a message sent
   * before it may have been answered already and is refused.
   */
  horizon(nowMs: number): number
}

export interface MemoryDedupStoreOptions {
  /** Most keys kept; the oldest go first. Default 100 000. */
  max?: number
  /** How long a key is remembered. Default {@link DEDUP_TTL_SECONDS}. */
  ttlSeconds?: number
  /** Clock in milliseconds (tests pin it). */
  now?: () => number
}

/** An in-memory store, per process or isolate: the KV-backed store over a bounded memory map. */
export function createMemoryDedupStore(options: MemoryDedupStoreOptions = {}): DedupStore {
  const now = options.now ?? Date.now
  // When the map evicts a key before its TTL, the horizon moves up to that key's write time.
  let evictedUpTo = Number.NEGATIVE_INFINITY
  const memory = createMemoryKeyValueStore({
    max: options.max ?? 100_000,
    now,
    onEvict: (writtenAt) => {
      evictedUpTo = Math.max(evictedUpTo, writtenAt)
    },
  })
  const kv = createKvDedupStore(memory, options.ttlSeconds)
  return { ...kv, horizon: (nowMs) => Math.max(kv.horizon(nowMs), evictedUpTo) }
}

/**
 * A dedup store over a KeyValueStore (Workers KV on Cloudflare, shared by all isolates).
 * Check-then-write is not atomic and KV is eventually consistent, so two deliveries of one
 * message that land on different locations within the same few seconds can both be answered;
 * platforms retry the same webhook URL seconds apart, usually through the same location, and a
 * duplicate answer is a nuisance, not a loss. A Durable Object would be exact but puts every
 * message through one object; we chose the cheaper store.
 */
export function createKvDedupStore(kv: KeyValueStore, ttlSeconds = DEDUP_TTL_SECONDS): DedupStore {
  const k = (key: string) => `dedup:${key}`
  // Claims in flight in this process or isolate, taken before the first await, so two
  // deliveries racing through the same instance are answered once.
  const inFlight = new Set<string>()
  return {
    async claim(key) {
      if (inFlight.has(key)) return 'seen'
      inFlight.add(key)
      try {
        if ((await kv.get(k(key))) !== null) {
          inFlight.delete(key)
          return 'seen'
        }
        await kv.put(k(key), 'claimed', DEDUP_CLAIM_SECONDS)
      } catch (err) {
        inFlight.delete(key)
        throw err
      }
      return 'new'
    },
    async commit(key) {
      await kv.put(k(key), 'sent', ttlSeconds)
      inFlight.delete(key)
    },
    async release(key) {
      inFlight.delete(key)
      await kv.delete(k(key))
    },
    horizon: (nowMs) => nowMs - ttlSeconds * 1000,
  }
}
