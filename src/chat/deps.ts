import { type AskResult, type Library } from '../core'
import type { Conversations } from './conversation'
import type { DedupStore } from './dedup-store'
import type { FeedbackEvent } from './feedback'
import type { ChatLimits } from './limits'

/** Logs a line; fields never carry message text or raw user/chat ids. */
export type ChatLog = (
  level: 'info' | 'warn' | 'error',
  msg: string,
  fields?: Record<string, string | number | boolean>
) => void

/** What the conversation layer needs; the app builds one per platform. */
export interface ChatDeps {
  library: Library
  /** core ask() bound to its deps. */
  ask: (question: string) => AskResult
  now: () => Date
  conversations: Conversations
  dedup: DedupStore
  /** Per-member and per-group limits; absent means no limit. */
  limits?: ChatLimits
  /** Link to the full article on the web page (set when PUBLIC_BASE_URL is). */
  articleUrl?: (id: string) => string
  log?: ChatLog
  /**
   * Takes one 👍/👎 (article, topic, helpful: no chat or user id); must return at once and never
   * throw (the app queues the write after the reply). Absent: feedback is thanked, not kept.
   */
  feedback?: (event: FeedbackEvent) => void
}
