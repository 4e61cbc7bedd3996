import type { ParamEntry, ParamName, ParamTable } from './param-table'

/** Which figure of a series (name + region) to lead with on a date, and its neighbours. */
export interface FigureInForce {
  name: ParamName
  region: string
  /** The date asked about (YYYY-MM-DD), normally today in China. */
  date: string
  /** The figure to lead with: in force on `date` (standards) or the latest published by then. */
  current?: ParamEntry
  /** The one it replaced, shown as history. */
  previous?: ParamEntry
  /** An announced figure that takes effect after `date`. */
  next?: ParamEntry
  /** `current` is past its validTo: its successor should exist by now but is not in the table. */
  expired: boolean
}

/** When an entry starts to be the one shown: validFrom, else effectiveFrom, else 1 Jan after its year. */
const startOf = (e: ParamEntry): string => e.validFrom ?? e.effectiveFrom ?? `${e.year + 1}-01-01`

/** Entries of one series, oldest first. */
export const seriesOf = (table: ParamTable, name: ParamName, region: string): ParamEntry[] =>
  table.entries
    .filter((e) => e.name === name && e.region === region)
    .sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.year - b.year)

/**
 * The figure in force on `date`, with the earlier one as history and an announced later one.
 * One rule for every figure, so no answer text has to know which rate is current: a December
 * 2026 question about the minimum wage leads with the rate from 2026-09-01, not the 2025 one.
 */
export const figureInForce = (
  table: ParamTable,
  name: ParamName,
  region: string,
  date: string
): FigureInForce => {
  const series = seriesOf(table, name, region)
  let i = -1
  series.forEach((e, k) => {
    if (startOf(e) <= date) i = k
  })
  const current = i >= 0 ? series[i] : undefined
  const previous = i >= 1 ? series[i - 1] : undefined
  const next = series[i + 1]
  const expired = current?.validTo !== undefined && current.validTo < date
  return {
    name,
    region,
    date,
    ...(current ? { current } : {}),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    expired,
  }
}

/**
 * Series whose newest entry is past its validTo on `today`: a successor (a new statistical year,
 * a new standard) should exist by now. kb:check prints these as a table.
 */
export const staleFigures = (table: ParamTable, today: string): ParamEntry[] => {
  const keys = new Set(table.entries.map((e) => `${e.name}|${e.region}`))
  const stale: ParamEntry[] = []
  for (const key of keys) {
    const [name, region] = key.split('|') as [ParamName, string]
    const latest = seriesOf(table, name, region).at(-1)
    if (latest?.validTo !== undefined && latest.validTo < today) stale.push(latest)
  }
  return stale
}
