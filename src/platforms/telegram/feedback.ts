/**
 * 👍/👎 buttons under a Telegram answer. callback_data is `fb:<1|0>:<article id>` (at most 64
 * bytes; an id that does not fit is left out and the conversation's last answer is rated).
 * @module
 */
import type { InlineKeyboard } from 'grammy'
import { CHAT_TEXT, type InboundContent, type Reply } from '../../chat'
import { utf8Length } from '../shared/limits'
import { CALLBACK_DATA_MAX_BYTES } from './calc-keyboard'

/** The callback_data prefix of the feedback buttons. */
export const FEEDBACK_CALLBACK = 'fb'

function data(helpful: boolean, articleId: string): string {
  const full = `${FEEDBACK_CALLBACK}:${helpful ? 1 : 0}:${articleId}`
  return utf8Length(full) <= CALLBACK_DATA_MAX_BYTES
    ? full
    : `${FEEDBACK_CALLBACK}:${helpful ? 1 : 0}`
}

/** Adds a row of 👍 有用 / 👎 没用 when the reply asks for feedback; returns the keyboard. */
export function addFeedbackRow(keyboard: InlineKeyboard, reply: Reply): InlineKeyboard {
  const id = reply.feedback?.articleId
  if (!id) return keyboard
  // A new row unless the last one is still empty (an empty row is not sent to Telegram).
  if (keyboard.inline_keyboard.at(-1)?.length) keyboard.row()
  return keyboard
    .text(CHAT_TEXT.feedbackUp, data(true, id))
    .text(CHAT_TEXT.feedbackDown, data(false, id))
}

/** The content of a feedback button's callback_data parts after the prefix; null if malformed. */
export function feedbackContent(parts: string[]): InboundContent | null {
  const [verdict, ...id] = parts
  if (verdict !== '1' && verdict !== '0') return null
  const articleId = id.join(':')
  return { kind: 'feedback', helpful: verdict === '1', ...(articleId ? { articleId } : {}) }
}
