/**
 * DingTalk replies returned in the callback response: markdown for answers, text for hints.
 * @module
 */
import type { AskResult } from '../../core/answer/answer'
import { truncateTo } from '../shared/limits'
import { renderMarkdown } from '../shared/render-markdown'

/** Our cap for one DingTalk markdown reply, in UTF-8 bytes (kept short for phones). */
export const DINGTALK_MARKDOWN_MAX_BYTES = 4096

export interface DingtalkRenderOptions {
  articleUrl?: (id: string) => string
  group?: boolean
}

/** A markdown reply; the title is what the notification shows. */
export function renderDingtalkAnswer(
  result: AskResult,
  options: DingtalkRenderOptions = {}
): object {
  const title = truncateTo(result.answer.title ?? '工友', 64)
  return {
    msgtype: 'markdown',
    markdown: {
      title,
      text: renderMarkdown(result, { ...options, max: DINGTALK_MARKDOWN_MAX_BYTES }),
    },
  }
}

/** A plain text reply (hints, fallback). */
export function renderDingtalkText(content: string): object {
  return { msgtype: 'text', text: { content } }
}
