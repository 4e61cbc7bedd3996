/**
 * The rate limit of the conversation layer: each member of a chat has their own per-minute
 * limit (one member cannot silence a group), and a group as a whole a larger ceiling.
 * @module
 */
import { chatKey } from './fingerprint'
import { type RateDecision, type RateLimiter, createRateLimiter } from './rate-limit'

/** A group may ask this many times a member's limit per minute. */
export const GROUP_LIMIT_FACTOR = 5

export interface ChatLimits {
  member: RateLimiter
  group: RateLimiter
}

/** Both limiters for `perMinute` questions per member (0 turns the limit off). */
export function createChatLimits(perMinute: number, now?: () => number): ChatLimits {
  const clock = now ? { now } : {}
  return {
    member: createRateLimiter({ perMinute, ...clock }),
    group: createRateLimiter({ perMinute: perMinute * GROUP_LIMIT_FACTOR, ...clock }),
  }
}

const RANK: Record<RateDecision, number> = { allow: 0, notice: 1, drop: 2 }

/** Counts one message against the member's limit and, in a group, the group's ceiling. */
export function admitMessage(
  limits: ChatLimits,
  platform: string,
  chatId: string,
  memberId: string | undefined,
  group: boolean
): RateDecision {
  const member = limits.member.hit(
    chatKey(platform, memberId === undefined ? chatId : `${chatId}/${memberId}`)
  )
  if (!group) return member
  const whole = limits.group.hit(chatKey(platform, `${chatId}#group`))
  return RANK[whole] > RANK[member] ? whole : member
}
