/**
 * Per-chat rate limit: at most `perMinute` questions in any 60 seconds. The first message over
 * the limit gets one polite notice; the rest are dropped silently until the chat is under the
 * limit again, so a flood never turns into a flood of notices.
 * @module
 */

export type RateDecision = 'allow' | 'notice' | 'drop'

export interface RateLimiter {
  /** Counts a message from `chatKey` (hash it first) and says what to do with it. */
  hit(chatKey: string): RateDecision
}

export interface RateLimiterOptions {
  /** Messages per rolling minute; 0 turns the limit off. */
  perMinute: number
  /** Most chats tracked; the least recently active are forgotten first. Default 10 000. */
  maxChats?: number
  /** Clock in milliseconds (tests pin it). */
  now?: () => number
}

const WINDOW_MS = 60_000

interface ChatWindow {
  /** Times of the allowed messages inside the window, oldest first. */
  times: number[]
  noticed: boolean
}

/**
 * In memory, per process on Node and per isolate on Workers (a flood spread over many
 * isolates can pass more than the limit; the limit protects the bot, it is not billing).
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { perMinute } = options
  const maxChats = options.maxChats ?? 10_000
  const now = options.now ?? Date.now
  const chats = new Map<string, ChatWindow>()
  return {
    hit(chatKey) {
      if (perMinute <= 0) return 'allow'
      const t = now()
      const chat = chats.get(chatKey) ?? { times: [], noticed: false }
      chats.delete(chatKey)
      chats.set(chatKey, chat)
      while (chats.size > maxChats) chats.delete(chats.keys().next().value as string)
      while (chat.times.length && chat.times[0]! <= t - WINDOW_MS) chat.times.shift()
      if (chat.times.length < perMinute) {
        chat.times.push(t)
        chat.noticed = false
        return 'allow'
      }
      if (chat.noticed) return 'drop'
      chat.noticed = true
      return 'notice'
    },
  }
}
