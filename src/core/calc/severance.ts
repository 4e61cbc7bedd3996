import type { CalcContext } from './calc-context'
import { computeSeveranceN, TerminationInputSchema } from './compute-severance-n'
import type { TerminationInput } from './compute-severance-n'
import { fenToYuan } from './money'
import { ROUNDING_NOTE } from './types'
import type { CalcResult } from './types'

/** Input of `calcSeverance`. */
export const SeveranceInputSchema = TerminationInputSchema
export type SeveranceInput = TerminationInput

/**
 * Economic compensation (经济补偿, "N") owed when the contract ends in an art.46 case.
 * Basis: 《劳动合同法》第四十六条、第四十七条；《劳动合同法实施条例》第二十七条.
 * @example calcSeverance({ monthlyWage: 8000, serviceMonths: 42 }, ctx).amount // 32000
 */
export const calcSeverance = (input: SeveranceInput, ctx: CalcContext): CalcResult => {
  const n = computeSeveranceN(input, ctx)
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
