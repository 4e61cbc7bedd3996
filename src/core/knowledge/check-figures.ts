/**
 * Freshness checks of the figures (issue 14 item 11): every parameter has validFrom/validTo, the
 * series an article declares exist, and nothing an answer leads with shows an expired figure
 * without saying so.
 * @module
 */
import { figureLine } from '../answer/figure-lead'
import { FIGURE_MESSAGES } from '../answer/messages'
import { figureInForce, seriesOf, staleFigures } from '../calc/figure-in-force'
import type { ParamEntry, ParamName, ParamTable } from '../calc/param-table'
import type { Article } from './article'

/** Words that mark a figure in a sentence as history rather than the current one. */
const HISTORY_MARK = /此前|之前|以前|原来|原标准|旧标准|过去|历史|至\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日前/

/** 2680 → ['2680', '2,680'] (how articles write amounts). */
const spellings = (value: number): string[] => {
  const plain = String(value)
  return [plain, value.toLocaleString('en-US')]
}

/** An entry is expired on `today` once it is past its validTo. */
const isExpired = (e: ParamEntry, today: string) => e.validTo !== undefined && e.validTo < today

/**
 * Problems that fail kb:check. `files` maps article id to its path for the message.
 * @param today YYYY-MM-DD
 */
export function checkFigures(
  articles: readonly Article[],
  table: ParamTable,
  today: string,
  files: ReadonlyMap<string, string> = new Map()
): string[] {
  const problems: string[] = []
  table.entries.forEach((e, i) => {
    if (!e.validFrom || !e.validTo)
      problems.push(`params.yaml entries[${i}] (${e.name}/${e.region}/${e.year}): needs validFrom and validTo`)
  })
  const expired = table.entries.filter((e) => isExpired(e, today))
  for (const a of articles) {
    const file = files.get(a.id) ?? a.id
    for (const f of a.figures) {
      const series = seriesOf(table, f.name as ParamName, f.region)
      if (!series.length) {
        problems.push(`${file}: figures ${f.name}/${f.region} is not in params.yaml`)
        continue
      }
      const fig = figureInForce(table, f.name as ParamName, f.region, today)
      const line = figureLine(fig)
      if (fig.expired && fig.current && !line.includes(FIGURE_MESSAGES.expiredMark))
        problems.push(`${file}: leads with expired ${f.name}/${f.region} ${fig.current.year} without saying so`)
    }
    // The verdict and summary lead the answer: an expired figure there must be marked as history.
    // Key points follow right after; they must not present an old standard as current either.
    const lead = [
      a.verdict ?? '',
      ...a.verdicts.map((v) => v.text),
      a.summary,
      ...a.sections.keyPoints,
    ].join('。')
    for (const sentence of lead.split(/(?<=[。；！？])/)) {
      if (HISTORY_MARK.test(sentence)) continue
      for (const e of expired) {
        const declared = a.figures.some((f) => f.name === e.name && f.region === e.region)
        if (!declared && !a.facts.includes(e.factId)) continue
        // A statistic named with its year (2024年…54,188元), or with the year of the event it is the
        // base for (2025年死亡 54,188 × 20), is a dated fact, not a claim that it is current; a
        // standard (it has effectiveFrom) stated without an end date reads as in force.
        if (!e.effectiveFrom && [e.year, e.year + 1].some((y) => sentence.includes(`${y}年`)))
          continue
        const hit = spellings(e.value).find((v) =>
          new RegExp(`(^|[^\\d,])${v}(?![\\d,])`).test(sentence)
        )
        if (hit)
          problems.push(
            `${file}: verdict, summary or key points lead with ${hit} (${e.name}/${e.region} ${e.year}, valid to ${e.validTo}) without saying it is no longer current`
          )
      }
    }
  }
  return problems
}

/** The table kb:check prints: series whose newest figure is past validTo (a successor is due). */
export function staleFigureTable(table: ParamTable, today: string): string[] {
  const stale = staleFigures(table, today)
  if (!stale.length) return []
  return [
    `figures whose successor should exist by ${today} (newest in params.yaml is past validTo):`,
    '  name | region | year | value | validTo | basis',
    ...stale.map((e) => `  ${e.name} | ${e.region} | ${e.year} | ${e.value} | ${e.validTo} | ${e.basis}`),
  ]
}
