/**
 * Channel-neutral layout of an answer as ordered blocks, written through a small `Markup`
 * (plain text, WeCom/DingTalk/Feishu markdown). Long answers fall back to the summary, the
 * basis and a link to the full article, then lose their tail, never the disclaimer.
 * @module
 */
import type { AskResult } from '../../core/answer/answer'
import { MAX_QUESTION_CHARS } from '../../core/ask'
import { formatCalculation } from '../../core/answer/format-calculation'
import { MESSAGES, regionName } from '../../core/answer/messages'
import { MISSING_PARAM_HINTS } from '../../core/extract/missing-param-hints'
import { type Measure, joinWithin, utf8Length } from './limits'
import { hasSensitiveNumber, maskSensitive } from './mask'
import { PLATFORM_TEXT } from './messages'

/** How one channel writes emphasis, links and literal text. */
export interface Markup {
  /** Makes answer text literal in this markup. */
  text(s: string): string
  heading(s: string): string
  label(s: string): string
  link(label: string, url: string): string
  note(s: string): string
}

export interface RenderAnswerOptions {
  /** Link to the full article on the web page, e.g. https://host/articles/<id>. */
  articleUrl?: (id: string) => string
  /** Group chat: short answer, ID-card/phone numbers masked, privacy hint when the question had any. */
  group?: boolean
  /** Limit in units of `measure`. */
  max: number
  /** Default: UTF-8 bytes. */
  measure?: Measure
}

/** The answer's blocks, most important first; the disclaimer is last. */
export function answerBlocks(
  result: AskResult,
  m: Markup,
  short: boolean,
  articleUrl?: (id: string) => string
): string[] {
  const a = result.answer
  // A declined answer's text already opens with the truncation note (ask() puts it there).
  if (result.declined) return [m.text(a.text)]
  const blocks: string[] = result.truncated ? [m.note(MESSAGES.truncated(MAX_QUESTION_CHARS))] : []
  blocks.push(`${a.title ? m.heading(a.title) + '\n' : ''}${m.text(a.summary)}`)
  if (a.region && a.region !== 'national')
    blocks.push(m.text(MESSAGES.regionNote(regionName(a.region))))
  if (!short && a.keyPoints.length)
    blocks.push(
      `${m.label(MESSAGES.keyPoints)}\n` + a.keyPoints.map((p) => `• ${m.text(p)}`).join('\n')
    )
  if (result.calculation)
    blocks.push(
      `${m.label(MESSAGES.calculation)}\n` +
        m.text(formatCalculation(result.calculation, MISSING_PARAM_HINTS).join('\n'))
    )
  if (a.citations.length)
    blocks.push(`${m.label(MESSAGES.basis)}\n` + m.text(a.citations.join('；')))
  if (!short && a.steps.length)
    blocks.push(
      `${m.label(MESSAGES.steps)}\n` + a.steps.map((s, i) => `${i + 1}. ${m.text(s)}`).join('\n')
    )
  if (a.articleId && articleUrl)
    blocks.push(m.link(PLATFORM_TEXT.readMore, articleUrl(a.articleId)))
  if (a.referral.length)
    blocks.push(m.text(a.referral.map((r) => `${r.contact} ${r.name}`).join('；')))
  blocks.push(m.note(a.disclaimer))
  return blocks
}

/**
 * Renders within `max`: the full answer if it fits (private chats), else the short one
 * (summary, calculation, basis, link), else the short one cut block by block.
 */
export function renderAnswer(result: AskResult, m: Markup, options: RenderAnswerOptions): string {
  const measure = options.measure ?? utf8Length
  const group = options.group ?? false
  const prefix: string[] =
    group && hasSensitiveNumber(result.q) ? [m.note(PLATFORM_TEXT.groupPrivacy)] : []
  const finish = (s: string) => (group ? maskSensitive(s) : s)
  const fits = (blocks: string[]) => {
    const s = finish(blocks.join('\n\n'))
    return measure(s) <= options.max ? s : null
  }
  if (!group) {
    const full = fits(answerBlocks(result, m, false, options.articleUrl))
    if (full) return full
  }
  const short = [...prefix, ...answerBlocks(result, m, true, options.articleUrl)]
  return fits(short) ?? finish(joinWithin(short, options.max, measure))
}

/** Plain text (WeChat passive text, WeCom app text): URLs shown bare so clients auto-link them. */
export const PLAIN_MARKUP: Markup = {
  text: (s) => s,
  heading: (s) => `【${s}】`,
  label: (s) => `${s}：`,
  link: (label, url) => `${label}：${url}`,
  note: (s) => s,
}
