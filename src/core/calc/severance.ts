import type { CalcContext } from './calc-context'
import {
  computeSeveranceN,
  withheldOutcome,
  TERMINATION_SPEC,
  TerminationInputSchema,
} from './compute-severance-n'
import { defineCalculator } from './define-calculator'
import type { TerminationInput } from './compute-severance-n'
import { fenToYuan } from './money'
import { ROUNDING_NOTE } from './types'
import type { CalcOutcome } from './types'

/** Input of `calcSeverance`. */
export const SeveranceInputSchema = TerminationInputSchema
export type SeveranceInput = TerminationInput

/**
 * Economic compensation (经济补偿, "N") owed when the contract ends in an art.46 case.
 * Basis: 《劳动合同法》第四十六条、第四十七条；《劳动合同法实施条例》第二十七条.
 * @example calcSeverance({ monthlyWage: 8000, serviceMonths: 42 }, ctx).amount // 32000
 */
export const calcSeverance = (input: SeveranceInput, ctx: CalcContext): CalcOutcome => {
  const n = computeSeveranceN(input, ctx)
  if (n.withheld) return withheldOutcome('severance', input, n)
  return {
    calculator: 'severance',
    amount: fenToYuan(n.amountFen),
    amountFen: n.amountFen,
    currency: 'CNY',
    steps: n.steps,
    basis: [{ law: '劳动合同法', article: '第四十六条' }, ...n.basis],
    params: n.params,
    assumptions: [...n.assumptions, '属于劳动合同法第四十六条应支付经济补偿的情形', ROUNDING_NOTE],
    warnings: n.warnings,
  }
}

/** 经济补偿（N）: 《劳动合同法》第四十六条、第四十七条. */
export const severance = defineCalculator({
  name: 'severance',
  title: '经济补偿（N）',
  schema: SeveranceInputSchema,
  ...TERMINATION_SPEC,
  tiePriority: 1,
  keywords: [
    [/经济补偿|补偿金|遣散费|离职补偿|工龄补偿/, 3],
    [/裁员|辞退|解除|倒闭|搬迁|合同到期|不续签|被迫辞职|补偿/, 2],
  ],
  topics: ['termination-severance', 'resignation', 'business-closure'],
  basis: [
    { law: '劳动合同法', article: '第四十六条' },
    { law: '劳动合同法', article: '第四十七条' },
  ],
  calculate: calcSeverance,
})
