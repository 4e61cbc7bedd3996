import * as z from 'zod'
import type { CalcContext } from './calc-context'
import {
  computeSeveranceN,
  withheldOutcome,
  TERMINATION_SPEC,
  TerminationInputSchema,
} from './compute-severance-n'
import { defineCalculator } from './define-calculator'
import { fenToYuan, formatYuan, yuanToFen } from './money'
import { ROUNDING_NOTE } from './types'
import type { CalcOutcome } from './types'

/** Input of `calcNoticePay`; `lastMonthWage` defaults to `monthlyWage`. */
export const NoticePayInputSchema = TerminationInputSchema.and(
  z.object({ lastMonthWage: z.number().positive().optional() })
)
export type NoticePayInput = z.infer<typeof NoticePayInputSchema>

/**
 * "N+1": severance N plus one month's wage in lieu of 30 days' notice when the employer ends the
 * contract under art.40. The extra month uses the previous month's wage and is not capped.
 * Basis: 《劳动合同法》第四十条、第四十六条、第四十七条；《劳动合同法实施条例》第二十条.
 */
export const calcNoticePay = (input: NoticePayInput, ctx: CalcContext): CalcOutcome => {
  const n = computeSeveranceN(input, ctx)
  if (n.withheld) return withheldOutcome('notice-pay', input, n)
  const plusOne = input.lastMonthWage ?? input.monthlyWage
  const plusFen = yuanToFen(plusOne)
  const amountFen = n.amountFen + plusFen
  return {
    calculator: 'notice-pay',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps: [
      ...n.steps,
      { label: '代通知金（上一个月工资）', formula: `${plusOne}元`, value: plusOne },
      {
        label: 'N+1',
        formula: `${formatYuan(n.amountFen)} + ${formatYuan(plusFen)}`,
        value: fenToYuan(amountFen),
      },
    ],
    basis: [
      { law: '劳动合同法', article: '第四十条' },
      { law: '劳动合同法', article: '第四十六条' },
      ...n.basis,
      { law: '劳动合同法实施条例', article: '第二十条' },
    ],
    params: n.params,
    assumptions: [
      ...n.assumptions,
      '单位按劳动合同法第四十条解除且没有提前30天书面通知',
      input.lastMonthWage === undefined
        ? '代通知金按你给的月工资计（应为上一个月的工资标准）'
        : '代通知金按上一个月的工资标准计',
      ROUNDING_NOTE,
    ],
    warnings: n.warnings,
  }
}

/** 经济补偿加代通知金（N+1）: 《劳动合同法》第四十条. */
export const noticePay = defineCalculator({
  name: 'notice-pay',
  title: '经济补偿加代通知金（N+1）',
  schema: NoticePayInputSchema,
  ...TERMINATION_SPEC,
  inputs: {
    ...TERMINATION_SPEC.inputs,
    lastMonthWage: { label: '上个月工资（元）', unit: '元', kind: 'money' },
  },
  tiePriority: 2,
  keywords: [
    [/N\s*\+\s*1|代通知金|额外.{0,4}一个月工资/, 4],
    [/(没有|未|不)提前.{0,6}(30|三十)天|不胜任|医疗期满|客观情况.{0,4}变化/, 2],
  ],
  topics: ['termination-notice'],
  basis: [
    { law: '劳动合同法', article: '第四十条' },
    { law: '劳动合同法', article: '第四十六条' },
    { law: '劳动合同法', article: '第四十七条' },
    { law: '劳动合同法实施条例', article: '第二十条' },
  ],
  calculate: calcNoticePay,
})
