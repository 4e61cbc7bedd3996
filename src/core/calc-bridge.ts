import type { Calculation } from './answer/answer'
import type { CalculateFn } from './ask'
import type { ParamTable } from './calc/param-table'
import { calculateFromQuestion, MISSING_PARAM_HINTS } from './extract'
import type { Library } from './knowledge/library'

/**
 * The library's parameter table. The build validated it with `parseParamTable` (an invalid table
 * fails `npm run build`), so the runtime takes it as is: parsing it again with zod cost ~4 ms of
 * every cold start.
 */
export function paramTableOf(library: Library): ParamTable {
  return library.params as ParamTable
}

/**
 * Binds the calculators to ask(): the function ask() calls with the normalised question and the
 * retrieved topics. Undefined when the artifact carries no parameter table.
 */
export function createCalculate(library: Library): CalculateFn | undefined {
  if (!library.params) return undefined
  const table = paramTableOf(library)
  return (normalized, ctx) => ({
    calculation: calculateFromQuestion(normalized, { ...ctx, table }) as Calculation | null,
    hints: MISSING_PARAM_HINTS,
  })
}
