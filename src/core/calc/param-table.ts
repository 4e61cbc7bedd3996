import * as z from 'zod'
import { IsoDateSchema } from './calendar-date'
import type { CalcParamUse } from './types'

/** Names of the figures kept in knowledge/params.yaml. */
export const PARAM_NAMES = [
  'minimumWage',
  'nationalUrbanDisposableIncome',
  'provinceUrbanDisposableIncome',
  'provinceAvgMonthlyWage',
  'localAvgMonthlyWage',
] as const
export type ParamName = (typeof PARAM_NAMES)[number]

/**
 * One figure: keyed by name + region + year. `year` is the statistical year for statistics and
 * the year a standard took effect for standards (minimum wage also has effectiveFrom/To).
 * Only `verified` and `likely` figures may be in the table (fact sheet rule 2).
 */
export const ParamEntrySchema = z.object({
  name: z.enum(PARAM_NAMES),
  region: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  value: z.number().positive(),
  unit: z.string().min(1),
  effectiveFrom: IsoDateSchema.optional(),
  effectiveTo: IsoDateSchema.optional(),
  /**
   * Freshness (issue 14): the first day this is the figure to show (a standard's effective date, a
   * statistic's publication date) and the last day it stays current — the day before a known
   * successor takes over, or else the date by which a successor is due (next statistical release;
   * a minimum wage is reviewed at least every two years). kb:check requires both on every entry.
   */
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  basis: z.string().min(1),
  source: z.string().min(1),
  confidence: z.enum(['verified', 'likely'], {
    error: 'confidence 只能是 verified 或 likely（unverified 的数字不得进入参数表）',
  }),
  factId: z.string().min(1),
  note: z.string().optional(),
})
export type ParamEntry = z.infer<typeof ParamEntrySchema>

/** The whole table as read from knowledge/params.yaml. */
export const ParamTableSchema = z.object({
  updated: IsoDateSchema,
  entries: z.array(ParamEntrySchema),
})
export type ParamTable = z.infer<typeof ParamTableSchema>

const describe = (raw: unknown, i: number): string => {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>
    return `entries[${i}] (${String(r.name)} / ${String(r.region)} / ${String(r.year)})`
  }
  return `entries[${i}]`
}

/**
 * Validate the parameter table. Throws an Error naming the bad entry (index, name, region, year)
 * and the field, or the duplicated key.
 * @example parseParamTable(YAML.parse(readFileSync('knowledge/params.yaml', 'utf8')))
 */
export const parseParamTable = (data: unknown): ParamTable => {
  const res = ParamTableSchema.safeParse(data)
  if (!res.success) {
    const issue = res.error.issues[0]!
    const path = issue.path
    const entries = (data as { entries?: unknown[] } | null)?.entries
    const where =
      path[0] === 'entries' && typeof path[1] === 'number' && Array.isArray(entries)
        ? `${describe(entries[path[1]], path[1])}.${path.slice(2).join('.')}`
        : path.join('.') || '(root)'
    throw new Error(`params.yaml: ${where}: ${issue.message}`)
  }
  const seen = new Map<string, number>()
  res.data.entries.forEach((e, i) => {
    const key = `${e.name}|${e.region}|${e.year}|${e.effectiveFrom ?? ''}`
    const prev = seen.get(key)
    if (prev !== undefined)
      throw new Error(`params.yaml: ${describe(e, i)} duplicates entries[${prev}]`)
    seen.set(key, i)
  })
  return res.data
}

/** Result of a lookup: the entry, or why there is none. */
export type ParamLookup = { found: true; entry: ParamEntry } | { found: false; reason: string }

/**
 * Find the figure for exactly this name, region and year. Never falls back to another year
 * (fact sheet rule 4): a missing year is reported, not replaced.
 */
export const lookupParam = (
  table: ParamTable,
  name: ParamName,
  region: string,
  year: number
): ParamLookup => {
  const entry = table.entries.find((e) => e.name === name && e.region === region && e.year === year)
  if (entry) return { found: true, entry }
  const years = table.entries
    .filter((e) => e.name === name && e.region === region)
    .map((e) => e.year)
  return {
    found: false,
    reason: years.length
      ? `参数表中没有 ${region} ${year} 年的 ${name}（已核实的年份：${years.join('、')}），该年数字尚未公布或未核实`
      : `参数表中没有 ${region} 的 ${name}`,
  }
}

/** Find a standard (e.g. minimum wage) in force in `region` on `date` (YYYY-MM-DD). */
export const lookupParamOn = (
  table: ParamTable,
  name: ParamName,
  region: string,
  date: string
): ParamLookup => {
  const entry = table.entries.find(
    (e) =>
      e.name === name &&
      e.region === region &&
      e.effectiveFrom !== undefined &&
      e.effectiveFrom <= date &&
      (e.effectiveTo === undefined || date <= e.effectiveTo)
  )
  if (entry) return { found: true, entry }
  return {
    found: false,
    reason: `参数表中没有 ${region} 在 ${date} 生效的 ${name}（未收录或未核实）`,
  }
}

/** Describe a table entry for a result's `params`. */
export const paramUse = (e: ParamEntry): CalcParamUse => ({
  name: e.name,
  value: e.value,
  year: e.year,
  region: e.region,
  source: `${e.basis}；${e.source}`,
  factId: e.factId,
  confidence: e.confidence,
})

/** Describe a figure the user supplied. */
export const inputUse = (
  name: string,
  value: number,
  year: number | null,
  region = '用户提供'
): CalcParamUse => ({
  name,
  value,
  year,
  region,
  source: '用户输入',
  confidence: 'input',
})
