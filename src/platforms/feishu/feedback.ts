/**
 * 👍/👎 on Feishu/Lark: an answer goes out as an interactive card (its text as card markdown, two
 * buttons carrying `{ fb, a }`), and a press arrives as a `card.action.trigger` callback — the
 * same envelope, encryption, verification token and X-Lark-Signature as events (Feishu docs,
 * 卡片回传交互 / 回调概述) — answered at once with a toast.
 * @module
 */
import * as z from 'zod'
import { CHAT_TEXT, type InboundMessage, type Reply } from '../../chat'
import { charLength } from '../shared/limits'
import { MARKDOWN_MARKUP, escapeMarkdown } from '../shared/render-markdown'
import { renderReply } from '../shared/render-reply'
import type { FeishuReplyContent } from './client'

/** Our cap for the card's text, in characters (a card may hold 30 KB of JSON). */
export const FEISHU_CARD_MAX_CHARS = 4000

// Card markdown has no quote block: the closing note is plain text.
const CARD_MARKUP = { ...MARKDOWN_MARKUP, note: escapeMarkdown }

/** An answer that asks for 👍/👎 as an interactive card (message card JSON 1.0). */
export function renderFeishuCard(
  reply: Reply & { feedback: { articleId: string } }
): FeishuReplyContent {
  const body = renderReply(reply, CARD_MARKUP, {
    max: FEISHU_CARD_MAX_CHARS,
    measure: charLength,
    feedbackAsText: false,
  })
  const button = (label: string, fb: '1' | '0', type: 'primary' | 'default') => ({
    tag: 'button',
    text: { tag: 'plain_text', content: label },
    type,
    value: { fb, a: reply.feedback.articleId },
  })
  const card = {
    config: { wide_screen_mode: true },
    ...(reply.title ? { header: { title: { tag: 'plain_text', content: reply.title } } } : {}),
    elements: [
      { tag: 'markdown', content: body },
      {
        tag: 'action',
        actions: [
          button(CHAT_TEXT.feedbackUp, '1', 'primary'),
          button(CHAT_TEXT.feedbackDown, '0', 'default'),
        ],
      },
    ],
  }
  return { msg_type: 'interactive', content: JSON.stringify(card) }
}

const CardActionSchema = z.looseObject({
  header: z.looseObject({ event_id: z.string(), event_type: z.literal('card.action.trigger') }),
  event: z.looseObject({
    operator: z.looseObject({ open_id: z.string().max(200) }),
    action: z.looseObject({
      value: z.looseObject({ fb: z.enum(['1', '0']), a: z.string().max(80).optional() }),
    }),
    context: z.looseObject({ open_chat_id: z.string().max(200).optional() }).optional(),
  }),
})

/**
 * The neutral message of a 👍/👎 press, or null when the payload is no feedback button press.
 * Keyed per member in its chat (the callback does not say whether the chat is p2p), so each
 * person's vote on an answer counts once.
 */
export function feishuFeedbackInbound(payload: unknown): InboundMessage | null {
  const parsed = CardActionSchema.safeParse(payload)
  if (!parsed.success) return null
  const { header, event } = parsed.data
  const { fb, a } = event.action.value
  return {
    platform: 'feishu',
    chatId: event.context?.open_chat_id ?? '',
    memberId: event.operator.open_id,
    chatKind: 'group',
    addressed: true,
    messageId: header.event_id,
    content: { kind: 'feedback', helpful: fb === '1', ...(a ? { articleId: a } : {}) },
  }
}

/** The callback's response: the notice as a toast (Feishu shows it over the card). */
export function feishuToast(reply: Reply | null): object {
  const block = reply?.blocks[0]
  if (block?.kind !== 'text') return {}
  const type = block.text === CHAT_TEXT.feedbackThanks ? 'success' : 'info'
  return { toast: { type, content: block.text } }
}
