/**
 * 👍/👎 on an answer, for every channel: buttons (Telegram, Feishu, DingTalk, the web page) arrive
 * as `feedback` content; on text channels 「1」/「2」 (or 有用/没用) as the very next message after
 * an answer that offered the line. Either way one event — article, topic, helpful — goes to
 * `deps.feedback`; no chat or user id leaves this layer.
 * @module
 */
import { FEEDBACK_VOTES_KEPT, type Conversation } from './conversation'
import type { ChatDeps } from './deps'
import { type Reply, noticeReply } from './inbound'
import { CHAT_TEXT } from './messages'

/** One 👍/👎 as the report store keeps it (the app adds platform and day). */
export interface FeedbackEvent {
  articleId: string
  topic: string
  helpful: boolean
}

// The whole message, nothing else: 「1」「2」, the button words, a thumb; a trailing full stop.
const UP = /^(1|１|有用|👍)$/u
const DOWN = /^(2|２|没用|無用|无用|👎)$/u

/** True/false when a message is a 👍/👎 reply (「1」「有用」 / 「2」「没用」), null otherwise. */
export function feedbackReplyOf(text: string): boolean | null {
  const t = text.replace(/[\s。.!！]/g, '')
  if ([...t].length > 4) return null
  if (UP.test(t)) return true
  if (DOWN.test(t)) return false
  return null
}

/**
 * Records one 👍/👎 on `articleId` (unknown or expired: a notice) and answers with thanks; a
 * second vote on the same article within the conversation window is thanked, not counted.
 */
export function giveFeedback(
  articleId: string | undefined,
  helpful: boolean,
  ctx: { deps: ChatDeps; state: Conversation; group: boolean; platform: string }
): Reply {
  const { deps, state, group } = ctx
  // A button under an older answer leaves the latest answer's 1/2 offer standing.
  if (!articleId || state.fb === articleId) state.fb = undefined
  const article = articleId ? deps.library.byId.get(articleId) : undefined
  if (!article) return noticeReply(CHAT_TEXT.feedbackExpired, group)
  const voted = state.voted ?? []
  if (voted.includes(article.id)) return noticeReply(CHAT_TEXT.feedbackAgain, group)
  state.voted = [...voted, article.id].slice(-FEEDBACK_VOTES_KEPT)
  try {
    deps.feedback?.({ articleId: article.id, topic: article.topic, helpful })
  } catch (err) {
    // The hook must not throw; if one does, the worker still gets the thanks.
    deps.log?.('error', 'feedback hook failed', {
      platform: ctx.platform,
      error: err instanceof Error ? err.name : 'unknown',
    })
  }
  return noticeReply(CHAT_TEXT.feedbackThanks, group)
}
