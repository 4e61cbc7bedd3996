import type { AskResult } from '../../core/answer/answer'
import { MAX_QUESTION_CHARS } from '../../core/ask'
import { formatCalculation } from '../../core/answer/format-calculation'
import { MESSAGES, regionName } from '../../core/answer/messages'
import { MISSING_PARAM_HINTS } from '../../core/extract/missing-param-hints'
import { escapeHtml, truncate } from '../shared/escape'
import { charLength, joinWithin } from '../shared/limits'

/** Telegram's limit for one message's text, in characters. */
export const TELEGRAM_MAX = 4096

export interface RenderOptions {
  /** Link to the full article on the web page, e.g. https://host/articles/<id>. */
  articleUrl?: (id: string) => string
  /** Group chats get a short answer: the summary, the basis and a link. */
  short?: boolean
  /** How to give each missing input; default: the extractor's hints. */
  hints?: Record<string, string>
  /** A line under the calculation inviting the missing inputs (a follow-up is waiting). */
  followUp?: string
}

/**
 * Renders an answer as Telegram HTML within 4096 characters. Sections are added in order of
 * importance and stop before the limit, so a long answer loses its tail, never its markup.
 */
export function renderTelegram(result: AskResult, options: RenderOptions = {}): string {
  const a = result.answer
  // A declined answer's text already opens with the truncation note (ask() puts it there).
  if (result.declined) return escapeHtml(truncate(a.text, TELEGRAM_MAX))
  const blocks: string[] = result.truncated
    ? [`<i>${escapeHtml(MESSAGES.truncated(MAX_QUESTION_CHARS))}</i>`]
    : []
  blocks.push(`<b>${escapeHtml(a.title ?? '')}</b>\n${escapeHtml(a.summary)}`)
  if (a.region && a.region !== 'national')
    blocks.push(escapeHtml(MESSAGES.regionNote(regionName(a.region))))
  if (!options.short && a.keyPoints.length)
    blocks.push(
      `<b>${MESSAGES.keyPoints}</b>\n` + a.keyPoints.map((p) => `• ${escapeHtml(p)}`).join('\n')
    )
  if (result.calculation)
    blocks.push(
      `<b>${MESSAGES.calculation}</b>\n` +
        escapeHtml(
          formatCalculation(result.calculation, options.hints ?? MISSING_PARAM_HINTS).join('\n')
        ) +
        (options.followUp ? `\n<i>${escapeHtml(options.followUp)}</i>` : '')
    )
  if (a.citations.length)
    blocks.push(`<b>${MESSAGES.basis}</b>\n` + escapeHtml(a.citations.join('；')))
  if (!options.short && a.steps.length)
    blocks.push(
      `<b>${MESSAGES.steps}</b>\n` + a.steps.map((s, i) => `${i + 1}. ${escapeHtml(s)}`).join('\n')
    )
  if (a.articleId && options.articleUrl)
    blocks.push(`<a href="${escapeHtml(options.articleUrl(a.articleId))}">查看全文</a>`)
  blocks.push(escapeHtml(a.referral.map((r) => `${r.contact} ${r.name}`).join('；')))
  blocks.push(`<i>${escapeHtml(a.disclaimer)}</i>`)
  return joinWithin(blocks, TELEGRAM_MAX, charLength)
}
