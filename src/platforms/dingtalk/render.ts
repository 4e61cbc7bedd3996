/**
 * DingTalk replies returned in the callback response: markdown for answers, text for notices.
 * @module
 */
import type { Reply } from '../../chat'
import { truncateTo } from '../shared/limits'
import { renderMarkdown } from '../shared/render-markdown'
import { PLAIN_MARKUP, renderReply } from '../shared/render-reply'
import { renderDingtalkActionCard, wantsFeedbackCard } from './feedback'

/** Our cap for one DingTalk markdown reply, in UTF-8 bytes (kept short for phones). */
export const DINGTALK_MARKDOWN_MAX_BYTES = 4096

/** A markdown reply (the title is what the notification shows), or text for a plain notice. */
export function renderDingtalkReply(reply: Reply): object {
  if (reply.kind === 'notice')
    return renderDingtalkText(
      renderReply(reply, PLAIN_MARKUP, { max: DINGTALK_MARKDOWN_MAX_BYTES })
    )
  if (wantsFeedbackCard(reply)) return renderDingtalkActionCard(reply, DINGTALK_MARKDOWN_MAX_BYTES)
  return {
    msgtype: 'markdown',
    markdown: {
      title: truncateTo(reply.title ?? '工友', 64),
      text: renderMarkdown(reply, { max: DINGTALK_MARKDOWN_MAX_BYTES }),
    },
  }
}

/** A plain text reply. */
export function renderDingtalkText(content: string): object {
  return { msgtype: 'text', text: { content } }
}
