import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { parseParamTable } from '../../../src/core/calc/param-table'
import type { ParamTable } from '../../../src/core/calc/param-table'
import type { CalcContext } from '../../../src/core/calc/calc-context'
import { isCalcMissing } from '../../../src/core/calc/types'
import type { CalcOutcome, CalcResult } from '../../../src/core/calc/types'

/** knowledge/params.yaml, parsed (tests may read files; core may not). */
export const loadParamTable = (): ParamTable =>
  parseParamTable(
    YAML.parse(
      readFileSync(
        fileURLToPath(new URL('../../../knowledge/params.yaml', import.meta.url)),
        'utf8'
      )
    )
  )

/** A fixed context: the real table and 2026-11-24 noon in China. */
export const ctxAt = (iso = '2026-11-24'): CalcContext => ({
  table: loadParamTable(),
  today: new Date(`${iso}T04:00:00Z`),
})

/** The finished result of an outcome (fails the test when inputs were reported missing). */
export const asResult = (o: CalcOutcome): CalcResult => {
  if (isCalcMissing(o)) throw new Error(`expected a result, got missing ${o.missing.join(', ')}`)
  return o
}
