import * as z from 'zod'
import { toChinaDate } from './calendar-date'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT } from './inputs'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse } from './param-table'
import { resolveMinimumWage } from './resolve-minimum-wage'
import { LIKELY_WARNING, ROUNDING_NOTE } from './types'
import type { CalcOutcome, CalcParamUse, CalcStep } from './types'

/** Input of `calcSickPay`. */
export const SickPayInputSchema = z.object({
  /** Monthly wage, for context only (sick pay is set by contract/rules, with a floor). */
  monthlyWage: z.number().positive().max(10_000_000).optional(),
  /** Sick pay the contract or company rules promise per month, CNY. */
  agreedSickPay: z.number().min(0).optional(),
  minimumWage: z.number().positive().optional(),
  city: z.string().optional(),
  /** Years at this employer and total working years: to show the medical treatment period. */
  serviceYears: z.number().min(0).max(70).optional(),
  totalServiceYears: z.number().min(0).max(70).optional(),
})
export type SickPayInput = z.infer<typeof SickPayInputSchema>

/** Medical treatment period in months (劳部发〔1994〕479号 第三条). */
export const medicalPeriodMonths = (totalYears: number, employerYears: number): number => {
  if (totalYears < 10) return employerYears < 5 ? 3 : 6
  if (employerYears < 5) return 6
  if (employerYears < 10) return 9
  if (employerYears < 15) return 12
  if (employerYears < 20) return 18
  return 24
}

/**
 * Monthly sick pay during the medical treatment period in Guangdong: what the contract or rules
 * promise, but never below 80 % of the local minimum wage. Basis: 《广东省工资支付条例》第二十四条;
 * 《企业职工患病或非因工负伤医疗期规定》第三条 (period length).
 */
export const calcSickPay = (input: SickPayInput, ctx: CalcContext): CalcOutcome => {
  const date = toChinaDate(ctx.today)
  const min = resolveMinimumWage(input.minimumWage, input.city, date, ctx.table)
  if (!min.found)
    return {
      calculator: 'sick-pay',
      missing: ['minimumWage'],
      params: { ...input },
      warnings: min.warnings,
    }
  const params: CalcParamUse[] = [min.use]
  const steps: CalcStep[] = []
  const floorFen = mulFen(yuanToFen(min.value), 0.8)
  steps.push({ label: '病假工资下限', formula: `${min.value}元 × 80%`, value: fenToYuan(floorFen) })
  let amountFen = floorFen
  if (input.agreedSickPay !== undefined) {
    params.push(inputUse('agreedSickPay', input.agreedSickPay, null))
    amountFen = Math.max(floorFen, yuanToFen(input.agreedSickPay))
    steps.push({
      label: '约定的病假工资与下限取高者',
      formula: `max(${input.agreedSickPay}元, ${formatYuan(floorFen)})`,
      value: fenToYuan(amountFen),
    })
  }
  if (input.serviceYears !== undefined) {
    const total = input.totalServiceYears ?? input.serviceYears
    steps.push({
      label: '医疗期',
      formula: `累计工作${total}年、本单位${input.serviceYears}年`,
      value: `${medicalPeriodMonths(total, input.serviceYears)}个月`,
    })
  }
  return {
    calculator: 'sick-pay',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis: [
      { law: '广东省工资支付条例', article: '第二十四条' },
      { law: '企业职工患病或非因工负伤医疗期规定', article: '第三条' },
    ],
    params,
    assumptions: [
      '在医疗期内因病或非因工负伤停止工作',
      input.agreedSickPay === undefined
        ? '没有更高的约定时按下限计算；合同或规章制度约定更高的，按约定'
        : '按约定的病假工资，且不低于下限',
      ROUNDING_NOTE,
    ],
    warnings: [...min.warnings, `病假工资不低于最低工资80%的广东规定：${LIKELY_WARNING}`],
    notes: ['医疗期内单位不能以劳动合同法第四十条、第四十一条解除合同（第四十二条）'],
  }
}

/** 病假工资: 《广东省工资支付条例》第二十四条. */
export const sickPay = defineCalculator({
  name: 'sick-pay',
  title: '病假工资',
  schema: SickPayInputSchema,
  sample: { city: '广州' },
  inputs: {
    monthlyWage: INPUT.monthlyWage,
    agreedSickPay: { label: '合同或制度约定的病假工资（元/月）', unit: '元/月', kind: 'money' },
    minimumWage: INPUT.minimumWage,
    city: INPUT.city,
    serviceYears: { label: '在本单位工作年限', unit: '年' },
    totalServiceYears: INPUT.totalServiceYears,
  },
  required: [['minimumWage', 'city']],
  fromFacts: (f) => pickFacts(f, ['monthlyWage', 'city', 'minimumWage']),
  tiePriority: 1,
  keywords: [
    [/病假工资|病假.{0,6}(工资|钱|怎么算|多少)|医疗期.{0,6}工资/, 4],
    [/病假|医疗期|生病|住院/, 2],
  ],
  topics: ['leave-sick'],
  basis: [
    { law: '广东省工资支付条例', article: '第二十四条' },
    { law: '企业职工患病或非因工负伤医疗期规定', article: '第三条' },
  ],
  reads: ['minimumWage'],
  calculate: calcSickPay,
})
