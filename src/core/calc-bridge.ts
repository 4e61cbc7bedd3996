import type { Calculation } from './answer/answer'
import type { CalculateFn } from './ask'
import { type ParamTable, parseParamTable } from './calc/param-table'
import { calculateFromQuestion, MISSING_PARAM_HINTS } from './extract'
import type { Library } from './knowledge/library'

const TABLES = new WeakMap<Library, ParamTable>()

/** The library's parameter table, parsed once per library (it was validated at build). */
export function paramTableOf(library: Library): ParamTable {
  let table = TABLES.get(library)
  if (!table) TABLES.set(library, (table = parseParamTable(library.params)))
  return table
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
