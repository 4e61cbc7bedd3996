import * as z from 'zod'
import { yearOf } from './calendar-date'
import type { CalcContext } from './calc-context'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse } from './param-table'
import { resolveMinimumWage } from './resolve-minimum-wage'
import { resolveAvgWage } from './resolve-avg-wage'
import {
  DATES_IN_ORDER,
  datesInOrder,
  serviceLength,
  ServiceInputSchema,
  severanceMonths,
  START_AFTER_TODAY_WARNING,
} from './service-length'
import type { CalcBasis, CalcMissing, CalcParamUse, CalcStep } from './types'
import type { QuestionFacts } from '../extract/extract-facts'
import { pickFacts, type CalculatorSpec, type InputSpec } from './define-calculator'
import { INPUT } from './inputs'

/**
 * The figures N's base reads besides the wage (floor and 3x cap, 第四十七条; 实施条例第二十七条):
 * every input that may lead to N takes them (the termination trio, wage-arrears).
 */
export const SEVERANCE_FIGURES = {
  /** City's previous-year average monthly wage (for the 3x cap); overrides the table. */
  localAvgMonthlyWage: z.number().positive().optional(),
  /** Local monthly minimum wage (floor of the base); overrides the table. */
  minimumWage: z.number().positive().optional(),
  /** City, e.g. 广州 or guangzhou. */
  city: z.string().optional(),
}

/** Input shared by severance, illegal-termination and notice-pay. */
export const TerminationInputSchema = ServiceInputSchema.extend({
  /** Average monthly wage of the 12 months before the contract ended (实施条例第二十七条), CNY. */
  monthlyWage: z.number().positive().max(10_000_000),
  ...SEVERANCE_FIGURES,
})
  .refine((v) => v.serviceMonths !== undefined || v.startDate !== undefined, {
    message: '需要 serviceMonths（工作月数）或 startDate（入职日期）',
    path: ['serviceMonths'],
  })
  .refine(datesInOrder, DATES_IN_ORDER)
export type TerminationInput = z.infer<typeof TerminationInputSchema>

/** The inputs of severance, illegal-termination and notice-pay. */
export const TERMINATION_INPUTS = {
  monthlyWage: INPUT.monthlyWage,
  serviceMonths: INPUT.serviceMonths,
  startDate: INPUT.startDate,
  endDate: INPUT.endDate,
  localAvgMonthlyWage: INPUT.localAvgMonthlyWage,
  minimumWage: INPUT.minimumWage,
  city: INPUT.city,
} as const satisfies Record<string, InputSpec>

/** What the termination calculators cannot run without: the wage, and service as months or dates. */
export const TERMINATION_REQUIRED = [['monthlyWage'], ['serviceMonths', 'startDate']] as const

/** A question's facts as a termination input (dates win over a stated length). */
export const terminationFromFacts = (f: QuestionFacts): Record<string, unknown> => {
  const input = pickFacts(f, ['monthlyWage', 'startDate', 'endDate', 'city', 'minimumWage'])
  if (f.serviceMonths !== undefined && f.startDate === undefined)
    input.serviceMonths = f.serviceMonths
  return input
}

/**
 * What severance, notice-pay and illegal-termination declare alike: each starts from N, so each
 * has N's sample, needs its facts and reads its two tables (inputs and fromFacts may be extended).
 */
export const TERMINATION_SPEC = {
  sample: { monthlyWage: 8000, serviceMonths: 42 },
  inputs: TERMINATION_INPUTS,
  required: TERMINATION_REQUIRED,
  fromFacts: terminationFromFacts,
  reads: ['minimumWage', 'localAvgMonthlyWage'],
} as const satisfies Partial<CalculatorSpec<string, z.ZodType>>

/** Severance N worked out, before any multiplier. */
export type SeveranceN = {
  nMonths: number
  baseFen: number
  amountFen: number
  endDate: string
  steps: CalcStep[]
  basis: CalcBasis[]
  params: CalcParamUse[]
  assumptions: string[]
  warnings: string[]
  /** Why no amount may be shown (a cap that cannot be checked could cut it); else undefined. */
  withheld?: string
}

/**
 * Economic compensation N (劳动合同法第四十七条; 实施条例第二十七条): months by service length,
 * base = monthly wage floored at the minimum wage; when the wage exceeds 3x the city's
 * previous-year average monthly wage, base = 3x that average and at most 12 months.
 */
export const computeSeveranceN = (input: TerminationInput, ctx: CalcContext): SeveranceN => {
  const steps: CalcStep[] = []
  const params: CalcParamUse[] = []
  const warnings: string[] = []
  const assumptions: string[] = []
  const basis: CalcBasis[] = [{ law: '劳动合同法', article: '第四十七条' }]

  const len = serviceLength(input, ctx.today)
  // The schema sees no clock: a start date after today (end defaults to today) is caught here.
  if (
    input.serviceMonths === undefined &&
    input.startDate !== undefined &&
    input.startDate > len.endDate
  )
    warnings.push(START_AFTER_TODAY_WARNING)
  let nMonths = severanceMonths(len)
  steps.push({
    label: '工作年限折算月数',
    formula: `${len.text}：每满一年1个月，余数满6个月按1个月、不满6个月按半个月`,
    value: nMonths,
  })

  let baseFen = yuanToFen(input.monthlyWage)
  params.push(inputUse('monthlyWage', input.monthlyWage, null))
  assumptions.push(
    '月工资指解除或终止前12个月的平均应得工资（含奖金、津贴、补贴），不满12个月按实际月数平均'
  )

  const min = resolveMinimumWage(input.minimumWage, input.city, len.endDate, ctx.table)
  if (min.found) {
    params.push(min.use)
    warnings.push(...min.warnings)
    if (baseFen < yuanToFen(min.value)) {
      baseFen = yuanToFen(min.value)
      basis.push({ law: '劳动合同法实施条例', article: '第二十七条' })
      steps.push({
        label: '月工资低于最低工资，按最低工资计',
        formula: `${min.value}元`,
        value: min.value,
      })
    }
  } else {
    warnings.push('未核对最低工资下限：如你的月平均工资低于当地最低工资，应按最低工资计算')
  }

  const avgYear = yearOf(len.endDate) - 1
  const avg = resolveAvgWage(input.localAvgMonthlyWage, input.city, avgYear, ctx.table)
  let withheld: string | undefined
  if (avg.found) {
    params.push(avg.use)
    warnings.push(...avg.warnings)
    const capFen = yuanToFen(avg.value) * 3
    if (baseFen > capFen) {
      baseFen = capFen
      const capped = Math.min(nMonths, 12)
      steps.push({
        label: avg.stale
          ? `高收入封顶：基数按当地职工月平均工资3倍（${avgYear}年数字未核实，用已知最近的${avg.year}年数字），年限最多12年`
          : '高收入封顶：基数按当地上年度职工月平均工资3倍，年限最多12年',
        formula: `3 × ${avg.value}元 = ${formatYuan(capFen)}；月数 min(${nMonths}, 12)`,
        value: capped,
      })
      if (avg.stale)
        warnings.push(
          `当地${avgYear}年职工月平均工资还没有核实的数字，封顶线按已知最近的${avg.year}年数字（${avg.value}元）计算；新数字通常更高，实际金额可能略高`
        )
      nMonths = capped
      basis.push({ law: '劳动合同法', article: '第四十七条第二款' })
    }
  } else if (avg.lowestKnown === undefined || baseFen > yuanToFen(avg.lowestKnown) * 3) {
    // The cap may cut the amount by a third or more: no headline the law would not pay.
    withheld =
      `月工资${input.monthlyWage}元可能超过${avg.place}上年度职工月平均工资的3倍（超过时基数按3倍计、年限最多12年），` +
      `而${avg.place}${avgYear}年的数字还没有核实，所以先不给出金额，以免多算。` +
      `你的工作年限折算为${nMonths}个月：经济补偿 = min(月工资, 3 × 当地上年度职工月平均工资) × 月数（封顶时最多12个月）`
  } else {
    warnings.push(
      `没有当地${avgYear}年职工月平均工资的核实数字，未检查“三倍封顶”：如你的月工资高于当地上年度职工月平均工资的3倍，补偿基数按3倍计、年限最多12年`
    )
  }

  const amountFen = mulFen(baseFen, nMonths)
  steps.push({
    label: '经济补偿 N',
    formula: `${formatYuan(baseFen)} × ${nMonths}个月`,
    value: fenToYuan(amountFen),
  })
  if (input.startDate && input.startDate < '2008-01-01')
    warnings.push(
      '2008年1月1日前的工作年限按当时的规定计算（劳动合同法第九十七条），此处按连续年限估算，结果可能不同'
    )
  return {
    nMonths,
    baseFen,
    amountFen,
    endDate: len.endDate,
    steps,
    basis,
    params,
    assumptions,
    warnings,
    ...(withheld ? { withheld } : {}),
  }
}

/**
 * What a termination calculator returns when the cap cannot be checked and could bite: the
 * local average wage is asked for, with the reason, the month multiplier and the formula.
 */
export const withheldOutcome = (
  calculator: 'severance' | 'illegal-termination' | 'notice-pay',
  input: TerminationInput,
  n: SeveranceN
): CalcMissing => ({
  calculator,
  missing: ['localAvgMonthlyWage'],
  params: { ...input },
  warnings: [n.withheld ?? '', ...n.warnings].filter(Boolean),
})
