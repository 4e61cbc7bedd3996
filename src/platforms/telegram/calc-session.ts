/**
 * The state of one guided /calc follow-up, kept in the platform's KeyValueStore for a short
 * time: the calculator, the inputs given so far (numbers, dates, a city) and the input awaited.
 * Keys hold only a digest of the chat (and, in groups, the user); never text or raw ids.
 * @module
 */
import * as z from 'zod'
import { CALCULATOR_NAMES } from '../../core/calc/registry'
import { chatKey } from '../shared/fingerprint'
import type { KeyValueStore } from '../shared/kv-store'

/** How long an unanswered follow-up waits (a worker may need to look up a date). */
export const CALC_SESSION_TTL_SECONDS = 15 * 60

/** Replies that fail to parse before a guided follow-up gives up. */
export const CALC_MAX_BAD_REPLIES = 3

/** Short field names: the value is written to Workers KV on every step. */
export const CalcSessionSchema = z.object({
  /** Calculator name. */
  c: z.enum(CALCULATOR_NAMES),
  /** Inputs so far. */
  p: z.record(z.string().max(40), z.union([z.number(), z.boolean(), z.string().max(40)])),
  /** The input the last question asked for. */
  a: z.string().max(40),
  /** Started by /calc (a bad reply is asked again) rather than offered under an answer. */
  g: z.boolean(),
  /** Bad replies so far. */
  n: z.number().int().min(0),
})
export type CalcSession = z.infer<typeof CalcSessionSchema>

/** Reads and writes follow-ups; a missing, expired or unreadable entry reads as none. */
export interface CalcSessions {
  get(key: string): Promise<CalcSession | null>
  save(key: string, session: CalcSession): Promise<void>
  clear(key: string): Promise<void>
}

/**
 * The store key of a chat's follow-up. In groups each member has their own, so one member's
 * reply never fills another's calculation.
 */
export function calcSessionKey(chatId: number, userId?: number): string {
  return `calc:${chatKey('telegram', userId === undefined ? chatId : `${chatId}/${userId}`)}`
}

export function createCalcSessions(
  store: KeyValueStore,
  ttlSeconds = CALC_SESSION_TTL_SECONDS
): CalcSessions {
  return {
    async get(key) {
      const raw = await store.get(key)
      if (raw === null) return null
      try {
        const parsed = CalcSessionSchema.safeParse(JSON.parse(raw))
        return parsed.success ? parsed.data : null
      } catch {
        return null
      }
    },
    save: (key, session) => store.put(key, JSON.stringify(session), ttlSeconds),
    clear: (key) => store.delete(key),
  }
}

/** Keeps only what a session may hold: numbers, booleans and short strings (dates, a city). */
export function storableParams(params: Readonly<Record<string, unknown>>): CalcSession['p'] {
  const out: CalcSession['p'] = {}
  for (const [k, v] of Object.entries(params)) {
    if (k.length > 40) continue
    if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') out[k] = v
    else if (typeof v === 'string' && v.length <= 40) out[k] = v
  }
  return out
}
