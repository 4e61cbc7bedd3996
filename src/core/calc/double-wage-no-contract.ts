import * as z from 'zod'
import {
  addDays,
  addMonths,
  daysInMonthOf,
  IsoDateSchema,
  monthsAndDays,
  toChinaDate,
} from './calendar-date'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT } from './inputs'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse } from './param-table'
import { DATES_IN_ORDER, datesInOrder, START_AFTER_TODAY_WARNING } from './service-length'
import { ROUNDING_NOTE } from './types'
import type { CalcResult, CalcStep } from './types'

/**
 * Input of `calcDoubleWageNoContract`. Give either `monthsWithoutContract` (months worked
 * without a written contract, counted from the first day of work) or `startDate` (+ `endDate`,
 * the last working day or the day before the contract was signed; default today).
 */
export const DoubleWageInputSchema = z
  .object({
    monthlyWage: z.number().positive().max(10_000_000),
    monthsWithoutContract: z
      .number()
      .min(0)
      .max(12 * 70)
      .optional(),
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
  })
  .refine((v) => v.monthsWithoutContract !== undefined || v.startDate !== undefined, {
    message: '需要 monthsWithoutContract（没签合同的月数）或 startDate（入职日期）',
    path: ['monthsWithoutContract'],
  })
  .refine(datesInOrder, DATES_IN_ORDER)
export type DoubleWageInput = z.infer<typeof DoubleWageInputSchema>

/**
 * The extra wage (the second "1" of 二倍工资) for months worked without a written contract:
 * from the day after the first full month to the day before the first anniversary, at most 11
 * months. Basis: 《劳动合同法》第十条、第八十二条；《劳动合同法实施条例》第六条、第七条.
 */
export const calcDoubleWageNoContract = (input: DoubleWageInput, ctx: CalcContext): CalcResult => {
  const wageFen = yuanToFen(input.monthlyWage)
  const steps: CalcStep[] = []
  const assumptions: string[] = []
  const warnings: string[] = []
  let months: number
  if (input.monthsWithoutContract !== undefined) {
    months = Math.min(Math.max(input.monthsWithoutContract - 1, 0), 11)
    steps.push({
      label: '可主张二倍工资的月数',
      formula: `min(${input.monthsWithoutContract} − 1（第一个月是签合同宽限期）, 11)`,
      value: months,
    })
    assumptions.push('“没签合同的月数”从入职第一天算起')
  } else {
    const start = input.startDate!
    const end = input.endDate ?? toChinaDate(ctx.today)
    if (start > end) warnings.push(START_AFTER_TODAY_WARNING)
    const from = addMonths(start, 1) // 满一个月的次日
    const capEnd = addMonths(start, 12) // exclusive: the day the deemed open-ended contract starts
    const toExcl = addDays(end, 1) < capEnd ? addDays(end, 1) : capEnd
    const { months: whole, days } = monthsAndDays(from, toExcl)
    const fraction = days > 0 ? days / daysInMonthOf(addMonths(from, whole)) : 0
    months = Math.min(whole + fraction, 11)
    steps.push({
      label: '二倍工资期间',
      formula: `${from} 至 ${addDays(toExcl, -1)}（入职满一个月的次日起，最长到满一年的前一日）`,
      value: `${whole}个月${days ? `零${days}天` : ''}`,
    })
    if (days > 0) assumptions.push('不足一个月的天数按该月日历天数折算；各地仲裁算法不完全一样')
    if (toExcl >= capEnd)
      steps.push({
        label: '满一年仍未签',
        formula: '视为已订立无固定期限劳动合同（实施条例第七条），二倍工资最多11个月',
        value: 11,
      })
  }
  const amountFen = mulFen(wageFen, months)
  steps.push({
    label: '应另付的一倍工资',
    formula: `${formatYuan(wageFen)} × ${Math.round(months * 10000) / 10000}个月`,
    value: fenToYuan(amountFen),
  })
  return {
    calculator: 'double-wage-no-contract',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis: [
      { law: '劳动合同法', article: '第八十二条' },
      { law: '劳动合同法', article: '第十条' },
      { law: '劳动合同法实施条例', article: '第六条' },
      { law: '劳动合同法实施条例', article: '第七条' },
    ],
    params: [inputUse('monthlyWage', input.monthlyWage, null)],
    assumptions: [...assumptions, '正常工资已经发了，这里只算另外应付的那一倍', ROUNDING_NOTE],
    warnings: [
      ...warnings,
      '二倍工资请求的仲裁时效一般为一年，部分地区按月分段计算，超过一年的月份可能拿不到，请尽快申请仲裁',
      '如果是你故意拖着不签或有重大过失，可能拿不到二倍工资（劳动争议司法解释二）',
    ],
  }
}

/** 未签劳动合同二倍工资: 《劳动合同法》第八十二条. */
export const doubleWageNoContract = defineCalculator({
  name: 'double-wage-no-contract',
  title: '未签劳动合同二倍工资',
  schema: DoubleWageInputSchema,
  sample: { monthlyWage: 5000, monthsWithoutContract: 6 },
  inputs: {
    monthlyWage: INPUT.monthlyWage,
    monthsWithoutContract: {
      label: '没签书面合同的月数（从入职算起）',
      unit: '月',
      kind: 'service',
      ask: '请告诉我入职多久、一直没签合同',
      example: '“入职8个月没签合同”或“2024年3月入职至今没签”',
    },
    startDate: INPUT.startDate,
    endDate: INPUT.endDate,
  },
  required: [['monthlyWage'], ['monthsWithoutContract', 'startDate']],
  fromFacts: (f) => {
    const input = pickFacts(f, ['monthlyWage', 'startDate', 'endDate'])
    if (f.startDate === undefined && f.serviceMonths !== undefined)
      input.monthsWithoutContract = f.serviceMonths
    return input
  },
  tiePriority: 3,
  keywords: [
    [/(没有?|未|不|没给|不给|无)\s*(签|签订|订立|签署)?\s*(书面)?\s*(劳动)?合同/, 3],
    [/(二倍|双倍|两倍)工资.{0,6}(合同)|合同.{0,12}(二倍|双倍|两倍)/, 3],
    [/没合同|无合同/, 3],
  ],
  topics: ['contract-written'],
  basis: [
    { law: '劳动合同法', article: '第八十二条' },
    { law: '劳动合同法', article: '第十条' },
    { law: '劳动合同法实施条例', article: '第六条' },
    { law: '劳动合同法实施条例', article: '第七条' },
  ],
  reads: [],
  calculate: calcDoubleWageNoContract,
})
