/**
 * Conversation state per chat (per member in groups), kept in the KeyValueStore for 30 minutes:
 * the pending calculation with the facts gathered so far, the last answer's article and
 * calculator, and the choices a number reply picks. Facts only, never message text; keys hold a
 * digest of the ids, never the ids.
 * @module
 */
import * as z from 'zod'
import { CALCULATOR_NAMES } from '../core'
import { chatKey } from './fingerprint'
import type { KeyValueStore } from './kv-store'

/** How long a conversation is remembered after its last message. */
export const CONVERSATION_TTL_SECONDS = 30 * 60

/** Rated articles a conversation remembers (a repeated 👍/👎 on one of them is not counted). */
export const FEEDBACK_VOTES_KEPT = 10

/** Replies that fail to parse before a guided calculation gives up. */
export const CALC_MAX_BAD_REPLIES = 3

const Params = z.record(z.string().max(40), z.union([z.number(), z.boolean(), z.string().max(40)]))

/** A pending calculation. Short field names: the value is written to Workers KV on every step. */
export const CalcSessionSchema = z.object({
  /** Calculator name. */
  c: z.enum(CALCULATOR_NAMES),
  /** Inputs so far. */
  p: Params,
  /** The input the last question asked for. */
  a: z.string().max(40),
  /** Started by /calc (a bad reply is asked again) rather than offered under an answer. */
  g: z.boolean(),
  /** Bad replies so far. */
  n: z.number().int().min(0),
})
export type CalcSession = z.infer<typeof CalcSessionSchema>

export const ConversationSchema = z.object({
  /** The pending calculation. */
  calc: CalcSessionSchema.optional(),
  /** The last answer: its article and topic, and the last calculation's calculator and inputs. */
  last: z
    .object({
      article: z.string().max(80).optional(),
      topic: z.string().max(40).optional(),
      c: z.enum(CALCULATOR_NAMES).optional(),
      p: Params.optional(),
    })
    .optional(),
  /** What a number reply picks: fixed request words or article titles (never user text). */
  choices: z.array(z.string().max(80)).max(10).optional(),
  /** The article the last answer asked 「回复 1 有用 / 2 没用」 about (only for the next message). */
  fb: z.string().max(80).optional(),
  /** Articles this chat has rated in the window: a second press is thanked, not counted. */
  voted: z.array(z.string().max(80)).max(FEEDBACK_VOTES_KEPT).optional(),
})
export type Conversation = z.infer<typeof ConversationSchema>

/** Reads and writes conversations; a missing, expired or unreadable entry reads as empty. */
export interface Conversations {
  get(key: string): Promise<Conversation>
  save(key: string, state: Conversation): Promise<void>
}

/**
 * The store key of a conversation. In groups each member has their own, so one member's reply
 * never fills another's calculation.
 */
export function conversationKey(platform: string, chatId: string, memberId?: string): string {
  return `conv:${chatKey(platform, memberId === undefined ? chatId : `${chatId}/${memberId}`)}`
}

export function createConversations(
  store: KeyValueStore,
  ttlSeconds = CONVERSATION_TTL_SECONDS
): Conversations {
  return {
    async get(key) {
      const raw = await store.get(key)
      if (raw === null) return {}
      try {
        const parsed = ConversationSchema.safeParse(JSON.parse(raw))
        return parsed.success ? parsed.data : {}
      } catch {
        return {}
      }
    },
    save: (key, state) =>
      Object.values(state).some((v) => v !== undefined)
        ? store.put(key, JSON.stringify(state), ttlSeconds)
        : store.delete(key),
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
