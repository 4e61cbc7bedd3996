/**
 * Telegram HTML for the conversation layer's replies (within 4096 characters), their buttons
 * (choices, quick picks for an awaited input, the calculator and topic menus) and inline cards.
 * @module
 */
import { InlineKeyboard } from 'grammy'
import type { InlineQueryResultArticle } from 'grammy/types'
import { type AskResult, layoutShortAnswer, TOPICS } from '../../core'
import { type Reply, maskSensitive } from '../../chat'
import { escapeHtml, truncate } from '../shared/escape'
import { charLength, utf8Length } from '../shared/limits'
import { type Markup, renderReply } from '../shared/render-reply'
import {
  CALLBACK_DATA_MAX_BYTES,
  CALC_CALLBACK,
  answerKeyboard,
  calculatorMenu,
} from './calc-keyboard'
import { addFeedbackRow } from './feedback'

/** Telegram's limit for one message's text, in characters. */
export const TELEGRAM_MAX = 4096

/** Most inline cards offered per query. */
export { INLINE_MAX_CARDS } from '../../chat'

const HTML_MARKUP: Markup = {
  text: escapeHtml,
  heading: (s) => `<b>${escapeHtml(s)}</b>`,
  label: (s) => `<b>${escapeHtml(s)}</b>`,
  link: (label, url) =>
    /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : '',
  note: (s) => `<i>${escapeHtml(s)}</i>`,
}

/** A reply as Telegram HTML; its choices go on buttons, not in the text. */
export function renderTelegram(reply: Reply): string {
  return renderReply(reply, HTML_MARKUP, {
    max: TELEGRAM_MAX,
    measure: charLength,
    choicesAsText: false,
  })
}

/** The buttons under a reply; undefined when it has none. */
export function replyKeyboard(reply: Reply, year: number): InlineKeyboard | undefined {
  if (reply.calcMenu) return calculatorMenu()
  if (reply.topicMenu) {
    const keyboard = new InlineKeyboard()
    TOPICS.forEach((t, i) => {
      keyboard.text(t.name, `topic:${t.id}`)
      if (i % 2 === 1) keyboard.row()
    })
    return keyboard
  }
  if (!reply.choices.length && reply.awaiting === undefined)
    return reply.feedback ? addFeedbackRow(new InlineKeyboard(), reply) : undefined
  const keyboard =
    reply.awaiting !== undefined ? answerKeyboard(reply.awaiting, year) : new InlineKeyboard()
  if (reply.awaiting !== undefined && reply.choices.length) keyboard.row()
  reply.choices.forEach((c, i) => {
    const data = `${CALC_CALLBACK.choice}:${c.reply}`
    // Long option titles go by number (the conversation keeps what each number picks).
    keyboard.text(
      truncate(c.label, 40),
      utf8Length(data) <= CALLBACK_DATA_MAX_BYTES ? data : `${CALC_CALLBACK.choice}:${i + 1}`
    )
    if (reply.choices.length > 3 || i % 3 === 2) keyboard.row()
  })
  return addFeedbackRow(keyboard, reply)
}

/** An inline card: the short answer, ID/phone numbers masked (it is posted into any chat). */
export function inlineCard(id: string, result: AskResult): InlineQueryResultArticle {
  const a = result.answer
  const reply: Reply = {
    kind: 'answer',
    blocks: layoutShortAnswer(result),
    choices: [],
    group: true,
    privacyHint: false,
  }
  return {
    type: 'article',
    // Telegram: 1-64 bytes, unique within the answer.
    id: truncate(id, 60),
    title: truncate(a.title ?? '工友', 100),
    description: truncate(result.declined ? a.text : a.summary, 120),
    input_message_content: {
      message_text: maskSensitive(renderTelegram(reply)),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  }
}
