import * as z from 'zod'
import { findUnpaidAmount, findUnpaidMonths } from '../extract/parse-arrears'
import type { CalcContext } from './calc-context'
import {
  computeSeveranceN,
  SEVERANCE_FIGURES,
  TERMINATION_INPUTS,
  terminationFromFacts,
} from './compute-severance-n'
import { defineCalculator } from './define-calculator'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse } from './param-table'
import { DATES_IN_ORDER, datesInOrder, ServiceInputSchema } from './service-length'
import { ROUNDING_NOTE } from './types'
import type { CalcPart, CalcResult, CalcStep } from './types'

/** Input of `calcWageArrears`. */
export const WageArrearsInputSchema = z
  .object({
    /** Monthly wage owed (what the contract or practice pays a month), CNY. */
    monthlyWage: z.number().positive().max(10_000_000).optional(),
    /** Months of wages unpaid (may be fractional: 1.5). */
    unpaidMonths: z.number().positive().max(120).optional(),
    /** Total owed, when the worker knows it; overrides wage × months. */
    unpaidAmount: z.number().positive().max(100_000_000).optional(),
    // For severance N if the worker resigns over the arrears: service and the cap's figures.
    ...ServiceInputSchema.shape,
    ...SEVERANCE_FIGURES,
  })
  .refine(
    (v) =>
      v.unpaidAmount !== undefined || (v.monthlyWage !== undefined && v.unpaidMonths !== undefined),
    {
      message: '需要 unpaidAmount（拖欠总额），或 monthlyWage（月工资）和 unpaidMonths（拖欠月数）',
      path: ['unpaidMonths'],
    }
  )
  .refine(datesInOrder, DATES_IN_ORDER)
export type WageArrearsInput = z.infer<typeof WageArrearsInputSchema>

/**
 * Unpaid wages, and what may come on top, each with its condition: severance N when the worker
 * resigns because of the arrears (《劳动合同法》第三十八条第一款第二项、第四十六条第一项), and
 * 50 %–100 % additional compensation when the employer ignores a labour inspectorate's order to
 * pay (第八十五条). The amount is the unpaid wages alone.
 * @example calcWageArrears({ monthlyWage: 6000, unpaidMonths: 3 }, ctx).amount // 18000
 */
export const calcWageArrears = (input: WageArrearsInput, ctx: CalcContext): CalcResult => {
  const steps: CalcStep[] = []
  let owedFen: number
  if (input.unpaidAmount !== undefined) {
    owedFen = yuanToFen(input.unpaidAmount)
    steps.push({ label: '拖欠工资', formula: '你给的拖欠总额', value: fenToYuan(owedFen) })
  } else {
    owedFen = mulFen(yuanToFen(input.monthlyWage!), input.unpaidMonths!)
    steps.push({
      label: '拖欠工资',
      formula: `${formatYuan(yuanToFen(input.monthlyWage!))} × ${input.unpaidMonths}个月`,
      value: fenToYuan(owedFen),
    })
  }

  const parts: CalcPart[] = []
  const nCondition =
    '你因为单位拖欠工资而解除劳动合同时（书面通知单位、写明因欠薪解除，不需要提前30天；劳动合同法第三十八条第一款第二项、第四十六条第一项）'
  const hasService = input.serviceMonths !== undefined || input.startDate !== undefined
  const wage =
    input.monthlyWage ?? (input.unpaidMonths ? input.unpaidAmount! / input.unpaidMonths : undefined)
  if (hasService && wage !== undefined) {
    const n = computeSeveranceN({ ...input, monthlyWage: wage }, ctx)
    parts.push({
      label: '经济补偿 N',
      amount: n.withheld ? null : fenToYuan(n.amountFen),
      condition: n.withheld ? `${nCondition}；${n.withheld}` : nCondition,
      calculator: 'severance',
    })
  } else
    parts.push({
      label: '经济补偿 N',
      amount: null,
      // Ask for what is actually missing: the service, or (with only a total owed) the wage.
      condition: `${nCondition}；${hasService ? '告诉我你的月工资' : '告诉我在这家单位干了多久'}就能算出`,
      calculator: 'severance',
    })
  parts.push({
    label: '加付赔偿金（应付金额的50%–100%）',
    amount: fenToYuan(Math.round(owedFen / 2)),
    amountMax: fenToYuan(owedFen),
    condition:
      '先向劳动监察（12333）投诉，劳动行政部门责令限期支付后单位逾期仍不支付时（劳动合同法第八十五条）',
  })

  return {
    calculator: 'wage-arrears',
    amount: fenToYuan(owedFen),
    amountFen: owedFen,
    currency: 'CNY',
    steps,
    parts,
    basis: [
      { law: '劳动合同法', article: '第三十条' },
      { law: '劳动合同法', article: '第三十八条' },
      { law: '劳动合同法', article: '第四十六条' },
      { law: '劳动合同法', article: '第八十五条' },
      { law: '劳动争议调解仲裁法', article: '第二十七条' },
    ],
    params:
      input.monthlyWage !== undefined ? [inputUse('monthlyWage', input.monthlyWage, null)] : [],
    assumptions: ['月工资指约定的应得工资；已经发了一部分的，只算没发的部分', ROUNDING_NOTE],
    warnings: [
      '追讨欠薪：在职期间申请仲裁不受一年时效限制，离职的从离职之日起一年内申请（劳动争议调解仲裁法第二十七条）',
    ],
  }
}

// N's inputs after the wage: service and the floor and cap figures, in the same order.
const { monthlyWage, ...severanceInputs } = TERMINATION_INPUTS

/** 拖欠工资: 《劳动合同法》第三十条、第三十八条、第八十五条. */
export const wageArrears = defineCalculator({
  name: 'wage-arrears',
  title: '拖欠工资',
  schema: WageArrearsInputSchema,
  sample: { monthlyWage: 6000, unpaidMonths: 3 },
  inputs: {
    monthlyWage,
    unpaidMonths: {
      label: '拖欠工资的月数',
      unit: '月',
      kind: 'number',
      min: 0.5,
      max: 120,
      ask: '请告诉我拖欠了几个月工资',
      example: '“拖欠了3个月”',
    },
    unpaidAmount: { label: '拖欠工资总额（元）', unit: '元', kind: 'money' },
    ...severanceInputs,
  },
  required: [
    ['monthlyWage', 'unpaidAmount'],
    ['unpaidMonths', 'unpaidAmount'],
  ],
  extract: (text) => {
    const months = findUnpaidMonths(text)
    const owed = findUnpaidAmount(text)
    return {
      ...(months ? { unpaidMonths: months.months } : {}),
      ...(owed ? { unpaidAmount: owed.amount } : {}),
    }
  },
  // The same facts as N (its part needs them), plus the unpaid months or the total owed.
  fromFacts: (f) => ({
    ...terminationFromFacts(f),
    ...(typeof f.more?.unpaidMonths === 'number' ? { unpaidMonths: f.more.unpaidMonths } : {}),
    ...(typeof f.more?.unpaidAmount === 'number' ? { unpaidAmount: f.more.unpaidAmount } : {}),
  }),
  keywords: [
    [
      /拖欠工资|欠薪|欠工资|讨薪|追讨工资|工资.{0,6}(没发|不发|拖欠|欠着|拖着|拖了|压着|压了)|拖欠.{0,6}(工资|工钱)|欠了?我.{0,6}(工资|工钱)/,
      3,
    ],
    [/老板不给钱|不给工钱|工钱.{0,4}(没给|不给)/, 2],
    // 「两个月没发工资」: the unpaid months come first (不发工资 is left out: 病假不发工资 is a rule question).
    [/(没|没有|未)发(过)?工资/, 2],
  ],
  topics: ['wage-arrears'],
  basis: [
    { law: '劳动合同法', article: '第三十条' },
    { law: '劳动合同法', article: '第三十八条' },
    { law: '劳动合同法', article: '第八十五条' },
  ],
  reads: ['minimumWage', 'localAvgMonthlyWage'],
  calculate: calcWageArrears,
})
