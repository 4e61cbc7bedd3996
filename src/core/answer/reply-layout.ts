/**
 * One answer layout for every chat channel, composed once here and rendered per markup (plain,
 * Markdown, Telegram HTML, Feishu post) by the platforms: short first, the rest on request.
 * @module
 */
import type { Article } from '../knowledge/article'
import type { AskResult } from './answer'
import { citationText, citeBasis, groupCitations } from './cite-basis'
import {
  formatCalculation,
  formatValue,
  formatYuan,
  partText,
  stepLine,
} from './format-calculation'
import type { ProblemSection } from './answer'
import { coveredByProblems, problemItem } from './problem-sections'
import {
  DISCLAIMER,
  MESSAGES,
  PROBLEM_MESSAGES,
  REFERRAL,
  VERDICT_LABEL,
  regionName,
} from './messages'
import { MAX_QUESTION_CHARS } from '../limits'
import type { Library } from '../knowledge/library'
import type { CalcResult } from '../calc/types'
import { getCalculator } from '../calc/registry'
import { fieldLabel } from '../calc/input-labels'

/** One block of a reply; the renderer decides how each kind looks in its markup. */
export type ReplyBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'list'; label?: string; items: string[]; numbered?: boolean }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'note'; text: string }

/** What a worker can ask for after a short answer (reply words or buttons). */
export const MORE_REQUESTS = {
  detail: '详情',
  evidence: '要带什么证据',
  referral: '找谁',
} as const
export type MoreRequest = keyof typeof MORE_REQUESTS

/** A short chat answer leads with what fits a phone screen (characters). */
export const SHORT_ANSWER_MAX_CHARS = 600

const KEY_POINTS_SHORT = 3

export interface LayoutOptions {
  /** Link to the full article on the web page, when PUBLIC_BASE_URL is set. */
  articleUrl?: (id: string) => string
  /** How to give each missing calculator input. */
  hints?: Readonly<Record<string, string>>
}

const chars = (blocks: ReplyBlock[]): number =>
  blocks.reduce((n, b) => n + [...blockText(b)].length + 2, 0)

/** The block's text without markup (used to measure the short answer). */
export function blockText(b: ReplyBlock): string {
  switch (b.kind) {
    case 'heading':
    case 'text':
    case 'note':
      return b.text
    case 'link':
      return `${b.label}：${b.url}`
    case 'list':
      return [b.label ?? '', ...b.items].join('\n')
  }
}

/**
 * The short answer: verdict (title, summary), amount or what is missing, up to three key points,
 * the basis, the one next step, the article link; ≤ {@link SHORT_ANSWER_MAX_CHARS} characters
 * (key points, then the step, give way first). Declined questions keep their own text.
 */
export function layoutShortAnswer(result: AskResult, options: LayoutOptions = {}): ReplyBlock[] {
  const a = result.answer
  // A declined answer's text already opens with the truncation note (ask() puts it there).
  if (result.declined) return [{ kind: 'text', text: a.text }]
  const head: ReplyBlock[] = result.truncated
    ? [{ kind: 'note', text: MESSAGES.truncated(MAX_QUESTION_CHARS) }]
    : []
  if (a.title) head.push({ kind: 'heading', text: a.title })
  // The direct verdict and the figures in force lead, before the summary (issue 14).
  if (a.verdict) head.push({ kind: 'text', text: `${VERDICT_LABEL}：${a.verdict}` })
  if (a.figures?.length) head.push({ kind: 'text', text: a.figures.join('\n') })
  const lead = [...head]
  head.push({ kind: 'text', text: a.summary })
  if (a.region && a.region !== 'national')
    head.push({ kind: 'text', text: MESSAGES.regionNote(regionName(a.region)) })
  const covered = result.calculation && coveredByProblems(a, result.calculation)
  const calc: ReplyBlock[] = result.calculation && !covered ? [calcBlock(result, options)] : []
  const basisOf = (citations: readonly string[]): ReplyBlock[] =>
    citations.length ? [{ kind: 'text', text: `${MESSAGES.basis}：${citations.join('；')}` }] : []
  const link: ReplyBlock[] =
    a.articleId && options.articleUrl
      ? [{ kind: 'link', label: MESSAGES.readMore, url: options.articleUrl(a.articleId) }]
      : []
  const step: ReplyBlock[] = a.steps[0]
    ? [{ kind: 'text', text: `${MESSAGES.nextStep}：${a.steps[0]}` }]
    : []
  const tail: ReplyBlock[] = [{ kind: 'note', text: a.disclaimer }]
  if (a.problems?.length) return layoutProblems(a.problems, { lead, head, calc, link, tail })
  // Key points give way first, then the step, then all but the main statute (详情 has the rest).
  const basisFull = basisOf(a.citations)
  for (let n = Math.min(KEY_POINTS_SHORT, a.keyPoints.length); n >= 0; n--) {
    const points: ReplyBlock[] = n
      ? [{ kind: 'list', label: MESSAGES.keyPoints, items: a.keyPoints.slice(0, n) }]
      : []
    for (const withStep of [true, false]) {
      const blocks = [...head, ...calc, ...points, ...basisFull, ...(withStep ? step : []), ...link]
      if (chars([...blocks, ...tail]) <= SHORT_ANSWER_MAX_CHARS) return [...blocks, ...tail]
    }
  }
  // Still over (a long calculation): its lines after the amount give way, from the end.
  const rest = [...basisOf(a.citations.slice(0, 1)), ...link, ...tail]
  const lines = calc[0]?.kind === 'list' ? calc[0] : null
  for (let k = lines ? lines.items.length : 0; k > 1 && lines; k--) {
    const cut: ReplyBlock[] = [{ ...lines, items: lines.items.slice(0, k) }]
    if (chars([...head, ...cut, ...rest]) <= SHORT_ANSWER_MAX_CHARS)
      return [...head, ...cut, ...rest]
  }
  return [...head, ...(lines ? [{ ...lines, items: lines.items.slice(0, 1) }] : []), ...rest]
}

/**
 * A story with several problems: every problem keeps its line with entitlement and basis; the
 * summary gives way first, then the calculation (the sections carry their own amounts), then
 * the next steps.
 */
function layoutProblems(
  problems: readonly ProblemSection[],
  parts: Record<'lead' | 'head' | 'calc' | 'link' | 'tail', ReplyBlock[]>
): ReplyBlock[] {
  const list = (withStep: boolean): ReplyBlock => ({
    kind: 'list',
    label: PROBLEM_MESSAGES.heading(problems.length),
    items: problems.map((p) => problemItem(p, withStep)),
    numbered: true,
  })
  const { lead, head, calc, link, tail } = parts
  // The lead without its verdict: the problem lines are the verdicts, one per problem.
  const heading = lead.filter((b) => b.kind === 'heading' || b.kind === 'note')
  const tries: ReplyBlock[][] = [
    [...head, list(true), ...calc, ...link, ...tail],
    [...lead, list(true), ...calc, ...link, ...tail],
    [...lead, list(true), ...link, ...tail],
    [...lead, list(false), ...link, ...tail],
    [...heading, list(false), ...link, ...tail],
  ]
  const fit = tries.find((blocks) => chars(blocks) <= SHORT_ANSWER_MAX_CHARS)
  return fit ?? [list(false), ...tail]
}

/** The calculation under an answer: the amount and steps, or what is still missing. */
function calcBlock(result: AskResult, options: LayoutOptions): ReplyBlock {
  const lines = formatCalculation(result.calculation!, { ...options.hints }).map((l) =>
    l.replace(/^•\s*/, '')
  )
  if (lines[0] === MESSAGES.missingInputs)
    return { kind: 'list', label: MESSAGES.missingInputs.replace(/：$/, ''), items: lines.slice(1) }
  return { kind: 'list', label: MESSAGES.calculation, items: lines }
}

/**
 * The rest of an answer on request: every key point and step (详情), the evidence to keep
 * (要带什么证据), or whom to turn to (找谁). Built from the article itself, so the conversation
 * state holds only its id.
 */
export function layoutMore(
  article: Article,
  request: MoreRequest,
  options: LayoutOptions = {}
): ReplyBlock[] {
  const blocks: ReplyBlock[] = [{ kind: 'heading', text: article.title }]
  if (request === 'detail') {
    const points = article.sections.keyPoints.map(plainText)
    if (points.length) blocks.push({ kind: 'list', label: MESSAGES.keyPoints, items: points })
    if (article.sections.steps.length)
      blocks.push({
        kind: 'list',
        label: MESSAGES.steps,
        items: article.sections.steps.map(plainText),
        numbered: true,
      })
    if (!points.length && article.sections.caseReply)
      blocks.push({ kind: 'text', text: plainText(article.sections.caseReply) })
  } else if (request === 'evidence') {
    blocks.push(
      article.sections.evidence.length
        ? {
            kind: 'list',
            label: MESSAGES.evidence,
            items: article.sections.evidence.map(plainText),
          }
        : { kind: 'text', text: MESSAGES.evidenceGeneral }
    )
  } else {
    blocks.push({
      kind: 'list',
      label: MESSAGES.referral,
      items: REFERRAL.map((r) => `${r.contact}：${r.name}`),
    })
  }
  if (options.articleUrl)
    blocks.push({ kind: 'link', label: MESSAGES.readMore, url: options.articleUrl(article.id) })
  blocks.push({ kind: 'note', text: DISCLAIMER })
  return blocks
}

/** A finished calculation: amount or deadline, steps, basis with document numbers, figures used. */
export function layoutCalcResult(
  result: CalcResult,
  library: Library,
  options: { short?: boolean; inputs?: Readonly<Record<string, unknown>> } = {}
): ReplyBlock[] {
  const title = getCalculator(result.calculator)?.title ?? result.calculator
  const blocks: ReplyBlock[] = [{ kind: 'heading', text: title }]
  if (typeof result.amount === 'number')
    blocks.push({ kind: 'text', text: `${MESSAGES.estimate}：${formatYuan(result.amount)} 元` })
  else if (result.deadline) {
    const left = result.daysLeft !== undefined ? `（${MESSAGES.daysLeft(result.daysLeft)}）` : ''
    blocks.push({ kind: 'text', text: `${MESSAGES.deadline}：${result.deadline}${left}` })
  } else if (result.headline) blocks.push({ kind: 'text', text: result.headline })
  // What the worker told us, so a follow-up (「广州的」) visibly changed the calculation.
  const given = Object.entries(options.inputs ?? {}).map(
    ([k, v]) => `${fieldLabel(k)} ${formatValue(v)}`
  )
  if (given.length) blocks.push({ kind: 'text', text: `${MESSAGES.given}：${given.join('；')}` })
  if (result.warnings.length)
    blocks.push({ kind: 'text', text: result.warnings.map((w) => `⚠ ${w}`).join('\n') })
  // Either-or amounts (N / N+1 / 2N) and parts added on a condition, each with its condition.
  if (result.alternatives?.length)
    blocks.push({
      kind: 'list',
      label: MESSAGES.calcAlternatives,
      items: result.alternatives.map(partText),
    })
  if (result.steps.length)
    blocks.push({ kind: 'list', label: MESSAGES.calcSteps, items: result.steps.map(stepItem) })
  if (result.parts?.length)
    blocks.push({ kind: 'list', label: MESSAGES.calcParts, items: result.parts.map(partText) })
  const citations = groupCitations(citeBasis(result.basis, library)).map(citationText)
  if (citations.length) blocks.push({ kind: 'list', label: MESSAGES.basis, items: citations })
  const figures = result.params
    .filter((p) => p.confidence !== 'input')
    .map((p) => {
      const value = p.value === null ? '—' : formatValue(p.value)
      const where = [p.year ? `${p.year}年` : '', regionName(p.region), p.source]
        .filter(Boolean)
        .join('，')
      return `${fieldLabel(p.name)}：${value}（${where}）`
    })
  if (figures.length) blocks.push({ kind: 'list', label: MESSAGES.figures, items: figures })
  if (!options.short) {
    if (result.notes?.length)
      blocks.push({ kind: 'list', label: MESSAGES.notes, items: result.notes })
    if (result.assumptions.length)
      blocks.push({ kind: 'list', label: MESSAGES.assumptions, items: result.assumptions })
  }
  blocks.push({ kind: 'note', text: DISCLAIMER })
  return blocks
}

/** stepLine without its bullet (lists add their own). */
function stepItem(step: CalcResult['steps'][number]): string {
  return stepLine(step).replace(/^•\s*/, '')
}

/** Drops Markdown emphasis and code marks from a line shown as plain text. */
function plainText(line: string): string {
  return line.replace(/\*\*|__|`/g, '')
}
