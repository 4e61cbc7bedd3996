import type { CalcContext } from './calc-context'
import { computeSeveranceN, TerminationInputSchema } from './compute-severance-n'
import type { TerminationInput } from './compute-severance-n'
import { fenToYuan, formatYuan } from './money'
import { ROUNDING_NOTE } from './types'
import type { CalcResult } from './types'

/** Input of `calcIllegalTermination`. */
export const IllegalTerminationInputSchema = TerminationInputSchema
export type IllegalTerminationInput = TerminationInput

/**
 * Compensation for unlawful dismissal (赔偿金, "2N"): twice the art.47 severance, years counted
 * from the first day of work, paid instead of (not on top of) severance.
 * Basis: 《劳动合同法》第四十八条、第八十七条；《劳动合同法实施条例》第二十五条.
 */
export const calcIllegalTermination = (
  input: IllegalTerminationInput,
  ctx: CalcContext
): CalcResult => {
  const n = computeSeveranceN(input, ctx)
  const amountFen = n.amountFen * 2
  return {
    calculator: 'illegal-termination',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps: [
      ...n.steps,
      {
        label: '违法解除赔偿金 2N',
        formula: `2 × ${formatYuan(n.amountFen)}`,
        value: fenToYuan(amountFen),
      },
    ],
    basis: [
      { law: '劳动合同法', article: '第四十八条' },
      { law: '劳动合同法', article: '第八十七条' },
      ...n.basis,
      { law: '劳动合同法实施条例', article: '第二十五条' },
    ],
    params: n.params,
    assumptions: [
      ...n.assumptions,
      '解除属于违法解除，且你不要求或已无法恢复劳动关系',
      ROUNDING_NOTE,
    ],
    warnings: [
      ...n.warnings,
      '赔偿金2N与经济补偿N不能同时拿；如想回去上班，也可以要求继续履行劳动合同',
    ],
  }
}
