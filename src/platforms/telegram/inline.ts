/**
 * Inline mode for hotline staff: `@bot 关键词` in any chat offers article cards (the answer
 * and its related questions), each posting a short HTML answer with ID/phone numbers masked.
 * @module
 */
import type { InlineQueryResultArticle } from 'grammy/types'
import type { AskResult } from '../../core/answer/answer'
import { maskSensitive } from '../shared/mask'
import { truncate } from '../shared/escape'
import { renderTelegram, type RenderOptions } from './render'

/** Most cards offered per query (Telegram allows 50; staff want a short list). */
export const INLINE_MAX_CARDS = 5

function card(
  id: string,
  result: AskResult,
  render: Omit<RenderOptions, 'short'>
): InlineQueryResultArticle {
  const a = result.answer
  return {
    type: 'article',
    // Telegram: 1-64 bytes, unique within the answer.
    id: truncate(id, 60),
    title: truncate(a.title ?? '工友', 100),
    description: truncate(result.declined ? a.text : a.summary, 120),
    input_message_content: {
      message_text: maskSensitive(renderTelegram(result, { ...render, short: true })),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  }
}

/**
 * Cards for an inline query: the answer itself, then up to four related questions.
 * @param ask core ask() bound to its deps
 */
export function inlineCards(
  query: string,
  ask: (q: string) => AskResult,
  render: Omit<RenderOptions, 'short'> = {}
): InlineQueryResultArticle[] {
  const main = ask(query)
  const cards = [card(main.answer.articleId ?? 'answer', main, render)]
  if (main.declined) return cards
  const seen = new Set([main.answer.articleId])
  for (const rel of main.answer.related) {
    if (cards.length >= INLINE_MAX_CARDS) break
    if (seen.has(rel.id)) continue
    seen.add(rel.id)
    const result = ask(rel.title)
    if (!result.declined) cards.push(card(rel.id, result, render))
  }
  return cards
}
