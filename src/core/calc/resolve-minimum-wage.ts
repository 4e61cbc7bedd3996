import { addMonths } from './calendar-date'
import { figureInForce } from './figure-in-force'
import { inputUse, lookupParamOn, paramUse } from './param-table'
import type { ParamTable } from './param-table'
import { resolveRegion } from './regions'
import { LIKELY_WARNING } from './types'
import type { CalcParamUse } from './types'

/** The minimum wage that applies, or why it is unknown. */
export type MinimumWageLookup =
  | { found: true; value: number; use: CalcParamUse; warnings: string[] }
  | { found: false; warnings: string[] }

/**
 * Minimum monthly wage on `date`: the user's figure wins; else the table entry for the city
 * in force that day. Never guesses a city's tier.
 */
export const resolveMinimumWage = (
  given: number | undefined,
  city: string | undefined,
  date: string,
  table: ParamTable
): MinimumWageLookup => {
  if (given !== undefined)
    return {
      found: true,
      value: given,
      use: inputUse('minimumWage', given, Number(date.slice(0, 4))),
      warnings: [],
    }
  const region = resolveRegion(city)
  if (!region) return { found: false, warnings: ['不知道你在哪个城市，无法查当地最低工资标准'] }
  const hit = lookupParamOn(table, 'minimumWage', region.slug, date)
  if (!hit.found)
    return {
      found: false,
      warnings: [
        `${region.nameZh}在 ${date} 的最低工资标准不在已核实的参数表里，请向当地人社部门（12333）查询`,
      ],
    }
  // The standard changed within the last six months: name the earlier rate too, so wages for a
  // month before the change are not checked against the new one (issue 14 item 9).
  const prev = figureInForce(table, 'minimumWage', region.slug, date).previous
  const recent = prev?.effectiveTo !== undefined && addMonths(prev.effectiveTo, 6) >= date
  return {
    found: true,
    value: hit.entry.value,
    use: paramUse(hit.entry),
    warnings: [
      ...(hit.entry.confidence === 'likely'
        ? [`${region.nameZh}最低工资${hit.entry.value}元/月：${LIKELY_WARNING}`]
        : []),
      ...(recent && prev
        ? [
            `${region.nameZh}的标准在${hit.entry.effectiveFrom}调整；此前（至${prev.effectiveTo}）是${prev.value}元/月（${prev.basis}），调整前的月份按旧标准算`,
          ]
        : []),
    ],
  }
}
