import { inputUse, lookupParam, paramUse } from './param-table'
import type { ParamTable } from './param-table'
import { resolveRegion } from './regions'
import { LIKELY_WARNING } from './types'
import type { CalcParamUse } from './types'

/**
 * The city's previous-year average monthly wage for the severance cap: what the worker typed,
 * the table's figure for `year`, or the latest earlier figure (said so, with its year); or none,
 * with the lowest average wage the table knows anywhere (to tell whether a cap could bite).
 */
export type AvgWageLookup =
  | {
      found: true
      value: number
      year: number
      use: CalcParamUse
      stale: boolean
      warnings: string[]
    }
  | { found: false; lowestKnown: number | undefined; place: string }

/** Resolve the cap base (劳动合同法第四十七条第二款) for a termination in `year + 1`. */
export const resolveAvgWage = (
  typed: number | undefined,
  city: string | undefined,
  year: number,
  table: ParamTable
): AvgWageLookup => {
  if (typed !== undefined)
    return {
      found: true,
      value: typed,
      year,
      use: inputUse('localAvgMonthlyWage', typed, year),
      stale: false,
      warnings: [],
    }
  const region = resolveRegion(city)
  if (region) {
    const hit = lookupParam(table, 'localAvgMonthlyWage', region.slug, year)
    const entry = hit.found
      ? hit.entry
      : table.entries
          .filter(
            (e) => e.name === 'localAvgMonthlyWage' && e.region === region.slug && e.year < year
          )
          .sort((a, b) => b.year - a.year)[0]
    if (entry) {
      const warnings =
        entry.confidence === 'likely'
          ? [`${region.nameZh}${entry.year}年职工月平均工资${entry.value}元：${LIKELY_WARNING}`]
          : []
      return {
        found: true,
        value: entry.value,
        year: entry.year,
        use: paramUse(entry),
        stale: entry.year !== year,
        warnings,
      }
    }
  }
  const known = table.entries
    .filter((e) => e.name === 'localAvgMonthlyWage' || e.name === 'provinceAvgMonthlyWage')
    .map((e) => e.value)
  return {
    found: false,
    lowestKnown: known.length ? Math.min(...known) : undefined,
    place: region?.nameZh ?? '当地',
  }
}
