import type { CalcContext } from './calc-context'
import {
  computeSeveranceN,
  TERMINATION_INPUTS,
  TERMINATION_REQUIRED,
  TerminationInputSchema,
  terminationFromFacts,
} from './compute-severance-n'
import { defineCalculator } from './define-calculator'
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

/** 违法解除赔偿金（2N）: 《劳动合同法》第四十八条、第八十七条. */
export const illegalTermination = defineCalculator({
  name: 'illegal-termination',
  title: '违法解除赔偿金（2N）',
  schema: IllegalTerminationInputSchema,
  sample: { monthlyWage: 8000, serviceMonths: 42 },
  inputs: TERMINATION_INPUTS,
  required: TERMINATION_REQUIRED,
  fromFacts: terminationFromFacts,
  tiePriority: 2,
  keywords: [
    [/违法(解除|辞退|开除|终止)|非法(辞退|解除|开除)|赔偿金|2N|二N|双倍赔偿/, 3],
    [
      /(无故|随便|直接|突然|无理由|没有理由|不公平|莫名其妙).{0,8}(辞退|开除|解除|炒|裁|落选)|(辞退|开除).{0,6}(没有|不给|无)(理由|原因)/,
      3,
    ],
    [/不公平|恶意|违法/, 1],
  ],
  topics: ['termination-illegal'],
  basis: [
    { law: '劳动合同法', article: '第四十八条' },
    { law: '劳动合同法', article: '第八十七条' },
    { law: '劳动合同法实施条例', article: '第二十五条' },
  ],
  reads: ['minimumWage', 'localAvgMonthlyWage'],
  calculate: calcIllegalTermination,
})
