import * as z from 'zod'
import { toChinaDate } from './calendar-date'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT, yesNoInput } from './inputs'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse } from './param-table'
import { resolveMinimumWage } from './resolve-minimum-wage'
import { ROUNDING_NOTE } from './types'
import type { CalcBasis, CalcOutcome, CalcStep } from './types'

/** Input of `calcMinimumWageCheck`. */
export const MinimumWageCheckInputSchema = z.object({
  /** Wage actually paid for a month of normal hours, excluding overtime and special allowances, CNY. */
  monthlyWage: z.number().min(0).max(10_000_000),
  minimumWage: z.number().positive().optional(),
  city: z.string().optional(),
  /** Contract wage; when given with probation the 80 % probation floor is checked too. */
  contractWage: z.number().positive().optional(),
  probation: z.boolean().optional(),
  /** Date the wage was paid for (YYYY-MM-DD); defaults to today. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
})
export type MinimumWageCheckInput = z.infer<typeof MinimumWageCheckInputSchema>

/**
 * Monthly shortfall below the legal floor (0 if compliant): the local minimum wage, and during
 * probation also 80 % of the contract wage. Basis: 《最低工资规定》第十二条；《劳动合同法》第二十条；
 * 《劳动合同法实施条例》第十五条.
 */
export const calcMinimumWageCheck = (
  input: MinimumWageCheckInput,
  ctx: CalcContext
): CalcOutcome => {
  const date = input.date ?? toChinaDate(ctx.today)
  const min = resolveMinimumWage(input.minimumWage, input.city, date, ctx.table)
  if (!min.found)
    return {
      calculator: 'minimum-wage-check',
      missing: ['minimumWage'],
      params: { ...input },
      warnings: min.warnings,
    }
  const steps: CalcStep[] = []
  const basis: CalcBasis[] = [{ law: '最低工资规定', article: '第十二条' }]
  let floorFen = yuanToFen(min.value)
  steps.push({ label: '当地最低工资', formula: `${min.value}元/月`, value: min.value })
  if (input.contractWage !== undefined && input.probation !== false) {
    const p = mulFen(yuanToFen(input.contractWage), 0.8)
    steps.push({
      label: '试用期工资下限：合同工资80%',
      formula: `${input.contractWage}元 × 80%`,
      value: fenToYuan(p),
    })
    floorFen = Math.max(floorFen, p)
    basis.push(
      { law: '劳动合同法', article: '第二十条' },
      { law: '劳动合同法实施条例', article: '第十五条' }
    )
  }
  const paidFen = yuanToFen(input.monthlyWage)
  const amountFen = Math.max(0, floorFen - paidFen)
  steps.push({
    label: '每月差额',
    formula: `max(0, ${formatYuan(floorFen)} − ${formatYuan(paidFen)})`,
    value: fenToYuan(amountFen),
  })
  return {
    calculator: 'minimum-wage-check',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis,
    params: [inputUse('monthlyWage', input.monthlyWage, null), min.use],
    assumptions: [
      '你提供了正常工作时间的劳动；加班费、中夜班津贴、高温等特殊津贴和法定福利不算进最低工资',
      ROUNDING_NOTE,
    ],
    warnings: [
      ...min.warnings,
      ...(amountFen > 0 ? ['工资低于法定下限，可以向劳动监察（12333）投诉或申请仲裁要求补足'] : []),
    ],
  }
}

/** 最低工资核对: 《最低工资规定》第十二条. */
export const minimumWageCheck = defineCalculator({
  name: 'minimum-wage-check',
  title: '最低工资核对',
  schema: MinimumWageCheckInputSchema,
  sample: { monthlyWage: 2000, city: '广州' },
  inputs: {
    monthlyWage: INPUT.monthlyWage,
    minimumWage: INPUT.minimumWage,
    city: INPUT.city,
    contractWage: { label: '合同约定工资（元）', unit: '元', kind: 'money' },
    probation: yesNoInput('在试用期'),
    date: { label: '工资所属日期', kind: 'date' },
  },
  required: [['monthlyWage'], ['minimumWage', 'city']],
  fromFacts: (f) =>
    pickFacts(f, ['monthlyWage', 'contractWage', 'probation', 'city', 'minimumWage']),
  tiePriority: 1,
  keywords: [
    [/最低工资/, 3],
    [/(试用期?|实习).{0,10}(发|工资|给).{0,6}\d|(签|合同).{0,12}(实际|只|才)?发/, 3],
    [/只发|才发|工资太低|低于/, 1],
  ],
  topics: ['contract-probation', 'wage-minimum'],
  basis: [
    { law: '最低工资规定', article: '第十二条' },
    { law: '劳动合同法', article: '第二十条' },
    { law: '劳动合同法实施条例', article: '第十五条' },
  ],
  reads: ['minimumWage'],
  calculate: calcMinimumWageCheck,
})
