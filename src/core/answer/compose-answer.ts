import { toChinaDate } from '../calc/calendar-date'
import type { ParamName, ParamTable } from '../calc/param-table'
import type { Article } from '../knowledge/article'
import type { Library } from '../knowledge/library'
import { getTopic } from '../knowledge/topics'
import type { Retrieval } from '../search/retrieve'
import type { Answer, AnswerLink, Calculation, SecondIssue } from './answer'
import { citationText, citeBasis, groupCitations } from './cite-basis'
import { figureLines } from './figure-lead'
import { formatCalculation } from './format-calculation'
import { DISCLAIMER, MESSAGES, REFERRAL, VERDICT_LABEL, regionName } from './messages'
import { coveredByProblems, problemLines, problemSections } from './problem-sections'
import { problemTopics } from './problems'
import { secondIssue } from './second-issue'

const MAX_KEY_POINTS = 5
const MAX_STEPS = 4
const MAX_RELATED = 4

export interface ComposeOptions {
  declined: boolean
  calculation: Calculation | null
  /** How to give each missing calculator input. */
  hints?: Record<string, string>
  /** The clock: figures are the ones in force on this day (defaults to now). */
  today?: Date
}

/** Composes the neutral answer from the retrieval (pure; renderers format it per channel). */
export function composeAnswer(retrieval: Retrieval, lib: Library, options: ComposeOptions): Answer {
  if (options.declined || retrieval.hits.length === 0) return declinedAnswer(retrieval)
  const top = retrieval.hits[0]!.article
  // A case leads when it matches best; its topic's rule article supplies the structure.
  const rule =
    top.kind === 'case'
      ? retrieval.hits.find((h) => h.article.topic === top.topic && h.article.kind !== 'case')
          ?.article
      : undefined
  const main = rule ?? top
  // A case's headline carries the case's own points, never another article's (issue 14 item 13).
  const own = top.kind === 'case' ? top : main
  const keyPoints = (
    own.sections.keyPoints.length ? own.sections.keyPoints : sentences(top.sections.caseReply)
  )
    .map(plainText)
    .slice(0, MAX_KEY_POINTS)
  const cited = citeBasis([...top.basis, ...(rule?.basis ?? [])], lib)
  const basis = cited.map((c) => ({
    law: c.law,
    ...(c.article ? { article: c.article } : {}),
    citation: citationText({
      title: c.title,
      articles: c.article ? [c.article] : [],
      ...(c.docNumber ? { docNumber: c.docNumber } : {}),
    }),
  }))
  // A story with several problems gets a short section for each (issue 14 item 8); otherwise a
  // second problem clearly present gets a short section of its own (not in the related list).
  const problems = problemSections(retrieval.normalized ?? '', lib, options.today ?? new Date())
  const second = secondIssue(retrieval, lib)
  const covered = problemTopics(problems.map((p) => p.id))
  const also = second && !covered.has(second.topic) ? second : undefined
  const answer: Answer = {
    text: '',
    articleId: top.id,
    title: top.title,
    ...verdictFor(top, retrieval.normalized ?? ''),
    ...figuresOf(top, lib, retrieval.normalized, options.today),
    summary: top.summary,
    keyPoints,
    basis,
    citations: groupCitations(cited).map(citationText),
    steps: main.sections.steps.slice(0, MAX_STEPS),
    evidence: main.sections.evidence,
    region: top.region,
    related: relatedLinks(top, retrieval, lib).filter((l) => l.id !== also?.articleId),
    ...(also ? { also } : {}),
    ...(problems.length ? { problems } : {}),
    referral: [...REFERRAL],
    disclaimer: DISCLAIMER,
  }
  answer.text = answerText(answer, options.calculation, options.hints)
  return answer
}

/** The one-line verdict that answers this question: a matching `verdicts` entry, else `verdict`. */
function verdictFor(article: Article, question: string): { verdict?: string } {
  const hit = article.verdicts.find((v) => v.when.some((w) => question.includes(w)))
  const text = hit?.text ?? article.verdict
  return text ? { verdict: text } : {}
}

/** The figure lines for the article's declared series, resolved on the day asked. */
function figuresOf(
  article: Article,
  lib: Library,
  question: string,
  today = new Date()
): { figures?: string[] } {
  if (!article.figures.length) return {}
  const refs = article.figures.map((f) => ({ name: f.name as ParamName, region: f.region }))
  const table = (lib.params as ParamTable | null) ?? null
  const lines = figureLines(refs, table, toChinaDate(today), question)
  return lines.length ? { figures: lines } : {}
}

function declinedAnswer(retrieval: Retrieval): Answer {
  const closest = [...new Set(retrieval.hits.map((h) => h.article.topic))].slice(0, 3)
  const related = closest.map((id) => {
    const hit = retrieval.hits.find((h) => h.article.topic === id)!
    return { id: hit.article.id, title: getTopic(id)?.name ?? hit.article.title }
  })
  const answer: Answer = {
    text: '',
    articleId: null,
    title: null,
    summary: MESSAGES.declined,
    keyPoints: [],
    basis: [],
    citations: [],
    steps: [],
    evidence: [],
    region: null,
    related,
    referral: [...REFERRAL],
    disclaimer: DISCLAIMER,
  }
  const lines: string[] = [MESSAGES.declined]
  if (related.length) lines.push(MESSAGES.declinedClosest + related.map((r) => r.title).join('；'))
  lines.push(MESSAGES.declinedReferral)
  answer.text = lines.join('\n')
  return answer
}

function relatedLinks(top: Article, retrieval: Retrieval, lib: Library): AnswerLink[] {
  const links: AnswerLink[] = []
  const add = (a: Article | undefined) => {
    if (a && a.id !== top.id && !links.some((l) => l.id === a.id))
      links.push({ id: a.id, title: a.title })
  }
  for (const id of top.related) add(lib.byId.get(id))
  for (const h of retrieval.hits.slice(1)) if (h.article.topic !== top.topic) add(h.article)
  return links.slice(0, MAX_RELATED)
}

/** The first sentences of a case reply, as bullet-sized points. */
function sentences(text: string | undefined): string[] {
  if (!text) return []
  return text
    .replace(/\s+/g, '')
    .split(/(?<=[。！？])/)
    .filter((s) => s.length > 4)
    .slice(0, 3)
}

/** The plain-text rendering: CLI, API `answer.text`, and the base for chat renderers. */
export function answerText(
  a: Answer,
  calculation: Calculation | null,
  hints?: Record<string, string>
): string {
  const lines: string[] = []
  if (a.title) lines.push(`【${a.title}】`)
  if (a.verdict) lines.push(`${VERDICT_LABEL}：${a.verdict}`)
  if (a.figures) lines.push(...a.figures)
  lines.push(a.summary)
  if (a.region && a.region !== 'national') lines.push(MESSAGES.regionNote(regionName(a.region)))
  if (a.problems?.length) lines.push('', ...problemLines(a.problems))
  if (a.keyPoints.length)
    lines.push('', `${MESSAGES.keyPoints}：`, ...a.keyPoints.map((p) => `• ${p}`))
  // A problem section already shows this calculator's amount.
  if (calculation && !coveredByProblems(a, calculation))
    lines.push('', `${MESSAGES.calculation}：`, ...formatCalculation(calculation, hints))
  if (a.citations.length) lines.push('', `${MESSAGES.basis}：${a.citations.join('；')}`)
  if (a.steps.length)
    lines.push('', `${MESSAGES.steps}：`, ...a.steps.map((s, i) => `${i + 1}. ${s}`))
  lines.push(
    '',
    `${MESSAGES.referral}：${a.referral.map((r) => `${r.contact} ${r.name}`).join('；')}`
  )
  if (a.also) lines.push('', ...alsoLines(a.also))
  if (a.related.length)
    lines.push(`${MESSAGES.related}：${a.related.map((r) => r.title).join('；')}`)
  lines.push('', a.disclaimer)
  return lines.join('\n')
}

/** The short second section: its title, basis and first step (the summary stays in the JSON). */
function alsoLines(also: SecondIssue): string[] {
  const lines = [`${MESSAGES.also}【${also.title}】`]
  if (also.citations.length) lines.push(`${MESSAGES.basis}：${also.citations.join('；')}`)
  if (also.step) lines.push(`${MESSAGES.steps}：${also.step}`)
  return lines
}

/** Drops Markdown emphasis and code marks from a line shown as plain text. */
function plainText(line: string): string {
  return line.replace(/\*\*|__|`/g, '')
}
