/**
 * Telegram HTML for the guided calculation: the question for the awaited input, and the
 * finished result (amount or deadline, steps, legal basis with document numbers, the figures
 * used with their year and source). Within 4096 characters; the disclaimer is always kept.
 * @module
 */
import { citationText, citeBasis, groupCitations } from '../../core/answer/cite-basis'
import { formatValue, formatYuan, partText, stepLine } from '../../core/answer/format-calculation'
import { DISCLAIMER, MESSAGES, regionName } from '../../core/answer/messages'
import type { CalcResult } from '../../core/calc/types'
import { getCalculator } from '../../core/calc/registry'
import { MISSING_PARAM_HINTS } from '../../core/extract/missing-param-hints'
import type { Library } from '../../core/knowledge/library'
import { fieldLabel } from '../../core/calc/input-labels'
import { escapeHtml } from '../shared/escape'
import { charLength, joinWithin } from '../shared/limits'
import type { CalcSession } from './calc-session'
import { TELEGRAM_TEXT } from './messages'
import { TELEGRAM_MAX } from './render'

const title = (name: string): string => getCalculator(name)?.title ?? name

const bullets = (heading: string, items: readonly string[] | undefined): string | null =>
  items && items.length
    ? `<b>${escapeHtml(heading)}</b>\n` + items.map((i) => `• ${escapeHtml(i)}`).join('\n')
    : null

export interface RenderCalcOptions {
  /** Group chats get the amount, steps, basis and figures, without notes and assumptions. */
  short?: boolean
}

/** The finished calculation. */
export function renderCalcResult(
  result: CalcResult,
  library: Library,
  options: RenderCalcOptions = {}
): string {
  const head = [`<b>${escapeHtml(title(result.calculator))}</b>`]
  if (typeof result.amount === 'number')
    head.push(`${TELEGRAM_TEXT.amount}：<b>${escapeHtml(formatYuan(result.amount))} 元</b>`)
  else if (result.deadline) {
    const left =
      result.daysLeft !== undefined ? `（${TELEGRAM_TEXT.daysLeft(result.daysLeft)}）` : ''
    head.push(`${TELEGRAM_TEXT.deadline}：<b>${escapeHtml(result.deadline)}</b>${escapeHtml(left)}`)
  } else if (result.headline) head.push(`<b>${escapeHtml(result.headline)}</b>`)
  const blocks: (string | null)[] = [head.join('\n')]
  if (result.warnings.length)
    blocks.push(result.warnings.map((w) => `⚠ ${escapeHtml(w)}`).join('\n'))
  // Either-or amounts (N / N+1 / 2N) and parts added on a condition, each with its condition.
  blocks.push(bullets(MESSAGES.calcAlternatives, result.alternatives?.map(partText)))
  const steps = result.steps.map(stepLine)
  blocks.push(
    steps.length ? `<b>${TELEGRAM_TEXT.calcSteps}</b>\n${escapeHtml(steps.join('\n'))}` : null
  )
  const citations = groupCitations(citeBasis(result.basis, library)).map(citationText)
  blocks.push(bullets(MESSAGES.calcParts, result.parts?.map(partText)))
  blocks.push(bullets(MESSAGES.basis, citations))
  const figures = result.params
    .filter((p) => p.confidence !== 'input')
    .map((p) => {
      const value = p.value === null ? '—' : formatValue(p.value)
      const where = [p.year ? `${p.year}年` : '', regionName(p.region), p.source]
        .filter(Boolean)
        .join('，')
      return `${fieldLabel(p.name)}：${value}（${where}）`
    })
  blocks.push(bullets(TELEGRAM_TEXT.figures, figures))
  if (!options.short) {
    blocks.push(bullets(TELEGRAM_TEXT.notes, result.notes))
    blocks.push(bullets(TELEGRAM_TEXT.assumptions, result.assumptions))
  }
  blocks.push(`<i>${escapeHtml(DISCLAIMER)}</i>`)
  return joinWithin(
    blocks.filter((b): b is string => b !== null),
    TELEGRAM_MAX,
    charLength
  )
}

export interface RenderCalcQuestionOptions {
  /** What was wrong with the last reply ('' for a generic "that does not look right"). */
  problem?: string
  /** Groups: the member must reply to this message for the bot to see the answer. */
  group?: boolean
}

/** The question for the awaited input: what is known so far, what is needed, an example. */
export function renderCalcQuestion(
  session: CalcSession,
  options: RenderCalcQuestionOptions = {}
): string {
  const lines = [`<b>${escapeHtml(title(session.c))}</b>`]
  // Money with separators (8,000); years, counts and dates as given (2024, not 2,024).
  const known = Object.entries(session.p).map(
    ([k, v]) =>
      `${fieldLabel(k)} ${/元/.test(fieldLabel(k)) ? formatValue(v) : v === true ? TELEGRAM_TEXT.yes : v === false ? TELEGRAM_TEXT.no : String(v)}`
  )
  if (known.length) lines.push(escapeHtml(`已知：${known.join('；')}`))
  if (options.problem !== undefined)
    lines.push(`⚠ ${escapeHtml(options.problem || TELEGRAM_TEXT.calcBadInput)}`)
  lines.push(`<b>${escapeHtml(TELEGRAM_TEXT.calcNeed(fieldLabel(session.a)))}</b>`)
  lines.push(escapeHtml(MISSING_PARAM_HINTS[session.a] ?? `请告诉我${fieldLabel(session.a)}`))
  lines.push(
    `<i>${escapeHtml(options.group ? TELEGRAM_TEXT.calcReplyGroup : TELEGRAM_TEXT.calcReplyPrivate)}</i>`
  )
  // A handful of short lines: well under the limit, so no cutting (which could split a tag).
  return lines.join('\n')
}
