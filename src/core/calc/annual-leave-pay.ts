import * as z from 'zod'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT } from './inputs'
import { fenToYuan, formatYuan, yuanToFen } from './money'
import { inputUse } from './param-table'
import { ROUNDING_NOTE } from './types'
import type { CalcResult, CalcStep } from './types'

/** Input of `calcAnnualLeavePay`. */
export const AnnualLeavePayInputSchema = z.object({
  /** Monthly wage (average of the 12 months before, excluding overtime pay), CNY. */
  monthlyWage: z.number().positive().max(10_000_000),
  /** Untaken annual-leave days. */
  unusedDays: z
    .number()
    .min(0)
    .max(15 * 3),
  /** Cumulative working years (all employers), only to show the yearly entitlement. */
  totalServiceYears: z.number().min(0).max(70).optional(),
})
export type AnnualLeavePayInput = z.infer<typeof AnnualLeavePayInputSchema>

/** Days of paid annual leave by cumulative working years (职工带薪年休假条例第三条). */
export const annualLeaveDays = (years: number): number =>
  years < 1 ? 0 : years < 10 ? 5 : years < 20 ? 10 : 15

/**
 * Pay for untaken annual leave: 300 % of the daily wage per day, of which 100 % is the normal
 * wage already paid, so the amount owed is the extra 200 %. Daily wage = monthly ÷ 21.75.
 * Basis: 《职工带薪年休假条例》第五条；《企业职工带薪年休假实施办法》第十条、第十一条.
 */
export const calcAnnualLeavePay = (input: AnnualLeavePayInput, _ctx: CalcContext): CalcResult => {
  const steps: CalcStep[] = []
  if (input.totalServiceYears !== undefined)
    steps.push({
      label: '每年应休年休假',
      formula: `累计工作${input.totalServiceYears}年：满1年不满10年5天，满10年不满20年10天，满20年15天`,
      value: annualLeaveDays(input.totalServiceYears),
    })
  const wageFen = yuanToFen(input.monthlyWage)
  const dailyFen = wageFen / 21.75
  steps.push({
    label: '日工资',
    formula: `${formatYuan(wageFen)} ÷ 21.75`,
    value: Math.round(dailyFen) / 100,
  })
  const amountFen = Math.round(dailyFen * input.unusedDays * 2 + 1e-9)
  steps.push({
    label: '未休年休假另付工资（200%）',
    formula: `日工资 × ${input.unusedDays}天 × 200%`,
    value: fenToYuan(amountFen),
  })
  return {
    calculator: 'annual-leave-pay',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis: [
      { law: '职工带薪年休假条例', article: '第五条' },
      { law: '企业职工带薪年休假实施办法', article: '第十条' },
      { law: '企业职工带薪年休假实施办法', article: '第十一条' },
    ],
    params: [inputUse('monthlyWage', input.monthlyWage, null)],
    assumptions: [
      '未休天数的正常工资已经照发，这里只算另外的200%',
      '月工资为前12个月平均工资，不含加班费',
      '离职当年的应休天数按已工作的日历天数折算，不足1天的不算（实施办法第十二条）',
      ROUNDING_NOTE,
    ],
    warnings: ['如果是你本人书面提出不休年假，单位可以只付正常工资（实施办法第十条）'],
  }
}

/** 未休年休假工资: 《职工带薪年休假条例》第五条. */
export const annualLeavePay = defineCalculator({
  name: 'annual-leave-pay',
  title: '未休年休假工资',
  schema: AnnualLeavePayInputSchema,
  sample: { monthlyWage: 4350, unusedDays: 5 },
  inputs: {
    monthlyWage: INPUT.monthlyWage,
    unusedDays: {
      label: '未休年休假天数',
      unit: '天',
      kind: 'number',
      min: 0,
      max: 45,
      ask: '请告诉我还有几天年假没休',
      example: '“年假还有5天没休”',
    },
    totalServiceYears: INPUT.totalServiceYears,
  },
  required: [['monthlyWage'], ['unusedDays']],
  fromFacts: (f) => pickFacts(f, ['monthlyWage', 'unusedDays']),
  tiePriority: 1,
  keywords: [[/年休假|年假/, 3]],
  topics: ['leave-annual'],
  basis: [
    { law: '职工带薪年休假条例', article: '第五条' },
    { law: '企业职工带薪年休假实施办法', article: '第十条' },
    { law: '企业职工带薪年休假实施办法', article: '第十一条' },
  ],
  reads: [],
  calculate: calcAnnualLeavePay,
})
