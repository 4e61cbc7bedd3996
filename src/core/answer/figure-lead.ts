import { type FigureInForce, figureInForce } from '../calc/figure-in-force'
import type { ParamEntry, ParamName, ParamTable } from '../calc/param-table'
import { GUANGDONG_CITIES } from '../calc/regions'
import { FIGURE_MESSAGES, FIGURE_NAMES, FIGURE_UNITS, regionName } from './messages'

/** A figure series an article presents (its `figures` front matter). */
export interface FigureRef {
  name: ParamName
  region: string
}

/** 2026-09-01 → 2026年9月1日. */
export const zhDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

const money = (e: ParamEntry): string =>
  `${e.value.toLocaleString('en-US')}${FIGURE_UNITS[e.unit] ?? e.unit}`

const shortRegion = (region: string): string => {
  const city = GUANGDONG_CITIES.find((c) => c.slug === region)
  return city ? `${city.nameZh}市` : regionName(region)
}

/**
 * One line for one series on a date: the figure in force first (with its date or statistical
 * year, document and confidence), then the one it replaced as history, an announced change, or —
 * when the figure is past its validTo — a plain statement that a newer one should exist.
 */
export function figureLine(f: FigureInForce): string {
  const label = `${shortRegion(f.region)}${FIGURE_NAMES[f.name] ?? f.name}`
  const c = f.current
  if (!c) return `${label}：${FIGURE_MESSAGES.none}。`
  const when = c.effectiveFrom
    ? FIGURE_MESSAGES.since(zhDate(c.effectiveFrom))
    : FIGURE_MESSAGES.yearFigure(c.year)
  const parts = [
    `${FIGURE_MESSAGES.current(zhDate(f.date))}，${label}：${money(c)}（${when}，${c.basis}${c.confidence === 'likely' ? `；${FIGURE_MESSAGES.likely}` : ''}）`,
  ]
  if (f.expired && c.validTo) parts.push(FIGURE_MESSAGES.expired(zhDate(c.validTo)))
  if (f.next?.effectiveFrom)
    parts.push(FIGURE_MESSAGES.next(zhDate(f.next.effectiveFrom), money(f.next)))
  const p = f.previous
  if (p) {
    const span = p.effectiveFrom
      ? `${zhDate(p.effectiveFrom)}至${p.effectiveTo ? zhDate(p.effectiveTo) : ''}`
      : FIGURE_MESSAGES.yearFigure(p.year)
    parts.push(FIGURE_MESSAGES.previous(money(p), span))
  }
  return `${parts.join('；')}。`
}

/**
 * The series to show: the cities the question names (when the table has the figure for them),
 * else the ones the article declares. 「东莞现在最低工资多少」 leads with Dongguan, not Guangzhou.
 */
export function figureRefsFor(
  declared: readonly FigureRef[],
  question: string,
  table: ParamTable
): FigureRef[] {
  const named = GUANGDONG_CITIES.filter((c) => question.includes(c.nameZh))
  const names = [...new Set(declared.map((r) => r.name))]
  const asked = names.flatMap((name) =>
    named
      .filter((c) => table.entries.some((e) => e.name === name && e.region === c.slug))
      .map((c) => ({ name, region: c.slug }))
  )
  return asked.length ? asked : [...declared]
}

/** The figure lines an answer leads with, for the series an article declares, on `date`. */
export function figureLines(
  refs: readonly FigureRef[],
  table: ParamTable | null,
  date: string,
  question = ''
): string[] {
  if (!table) return []
  return figureRefsFor(refs, question, table).map((r) =>
    figureLine(figureInForce(table, r.name, r.region, date))
  )
}
