import * as z from 'zod'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT } from './inputs'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse } from './param-table'
import { ROUNDING_NOTE } from './types'
import type { CalcBasis, CalcParamUse, CalcResult, CalcStep } from './types'

/** Input of `calcWorkInjuryDisability`. */
export const WorkInjuryDisabilityInputSchema = z.object({
  /** Disability grade 1 (most severe) to 10. */
  disabilityGrade: z.number().int().min(1).max(10),
  /** 本人工资: average monthly contribution wage of the 12 months before the injury, CNY. */
  monthlyWage: z.number().positive().max(10_000_000),
  /** Pooling-area average monthly wage, for the 60 %–300 % band of 本人工资. */
  localAvgMonthlyWage: z.number().positive().optional(),
  city: z.string().optional(),
})
export type WorkInjuryDisabilityInput = z.infer<typeof WorkInjuryDisabilityInputSchema>

/** Months of 本人工资 by grade (工伤保险条例第三十五至三十七条). */
export const DISABILITY_SUBSIDY_MONTHS: Readonly<Record<number, number>> = {
  1: 27,
  2: 25,
  3: 23,
  4: 21,
  5: 18,
  6: 16,
  7: 13,
  8: 11,
  9: 9,
  10: 7,
}

/** Monthly disability allowance, % of 本人工资 (第三十五条、第三十六条). */
const ALLOWANCE_PCT: Readonly<Record<number, number>> = { 1: 90, 2: 85, 3: 80, 4: 75, 5: 70, 6: 60 }

const articleFor = (g: number): string =>
  g <= 4 ? '第三十五条' : g <= 6 ? '第三十六条' : '第三十七条'

const gradeNotes = (g: number): string[] => {
  if (g <= 4)
    return [
      `一至四级：保留劳动关系、退出工作岗位，工伤保险基金按月发伤残津贴，${g}级为本人工资的${ALLOWANCE_PCT[g]}%，低于当地最低工资的补足`,
      '到退休年龄办退休后停发伤残津贴，改领养老金；养老金低于伤残津贴的由工伤保险基金补足差额',
      '由单位和本人以伤残津贴为基数缴纳基本医疗保险费',
      '生活不能自理的，经鉴定还可按月领生活护理费（统筹地区上年度职工月平均工资的50%/40%/30%，第三十四条）',
    ]
  if (g <= 6)
    return [
      `五、六级：保留劳动关系，由单位安排适当工作；难以安排的，单位按月发伤残津贴，${g}级为本人工资的${ALLOWANCE_PCT[g]}%（低于最低工资的补足），并继续缴社保`,
      '你本人提出解除劳动关系的，由工伤保险基金付一次性工伤医疗补助金、单位付一次性伤残就业补助金，具体标准由广东省规定（本工具未收录已核实的广东标准）',
    ]
  return [
    '七至十级：劳动合同期满终止或你本人提出解除时，由工伤保险基金付一次性工伤医疗补助金、单位付一次性伤残就业补助金，具体标准由广东省规定（本工具未收录已核实的广东标准）',
    '单位依法解除或终止合同的，还应另付经济补偿（劳动合同法实施条例第二十三条）',
  ]
}

/**
 * One-time disability subsidy (一次性伤残补助金) paid by the work-injury fund: 27/25/23/21/18/16/
 * 13/11/9/7 months of 本人工资 for grades 1–10; 本人工资 is kept within 60 %–300 % of the
 * pooling-area average wage. Basis: 《工伤保险条例》第三十五条至第三十七条、第六十四条.
 */
export const calcWorkInjuryDisability = (
  input: WorkInjuryDisabilityInput,
  _ctx: CalcContext
): CalcResult => {
  const g = input.disabilityGrade
  const months = DISABILITY_SUBSIDY_MONTHS[g]!
  const steps: CalcStep[] = []
  const params: CalcParamUse[] = [inputUse('monthlyWage', input.monthlyWage, null)]
  const warnings: string[] = []
  const basis: CalcBasis[] = [{ law: '工伤保险条例', article: articleFor(g) }]
  let wageFen = yuanToFen(input.monthlyWage)
  if (input.localAvgMonthlyWage !== undefined) {
    params.push(inputUse('localAvgMonthlyWage', input.localAvgMonthlyWage, null))
    const avgFen = yuanToFen(input.localAvgMonthlyWage)
    const lo = mulFen(avgFen, 0.6)
    const hi = avgFen * 3
    const clamped = Math.min(Math.max(wageFen, lo), hi)
    if (clamped !== wageFen)
      steps.push({
        label: '本人工资按统筹地区平均工资的60%–300%调整',
        formula: `${formatYuan(lo)} ≤ 本人工资 ≤ ${formatYuan(hi)}`,
        value: fenToYuan(clamped),
      })
    wageFen = clamped
    basis.push({ law: '工伤保险条例', article: '第六十四条' })
  } else {
    warnings.push(
      '本人工资低于统筹地区职工平均工资60%的按60%计、高于300%的按300%计；没有当地平均工资数字，未做这一调整'
    )
  }
  const amountFen = mulFen(wageFen, months)
  steps.push({
    label: `${g}级伤残一次性伤残补助金`,
    formula: `${formatYuan(wageFen)} × ${months}个月`,
    value: fenToYuan(amountFen),
  })
  return {
    calculator: 'work-injury-disability',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis,
    params,
    assumptions: [
      '已认定工伤并经劳动能力鉴定为该等级',
      '本人工资指受伤前12个月的平均月缴费工资',
      '单位没给你交工伤保险的，这些待遇全部由单位按同样标准支付（工伤保险条例第六十二条）',
      ROUNDING_NOTE,
    ],
    warnings,
    notes: gradeNotes(g),
  }
}

/** 一次性伤残补助金: 《工伤保险条例》第三十五条至第三十七条. */
export const workInjuryDisability = defineCalculator({
  name: 'work-injury-disability',
  title: '一次性伤残补助金',
  schema: WorkInjuryDisabilityInputSchema,
  sample: { disabilityGrade: 7, monthlyWage: 4000 },
  inputs: {
    disabilityGrade: INPUT.disabilityGrade,
    monthlyWage: INPUT.monthlyWage,
    localAvgMonthlyWage: INPUT.localAvgMonthlyWage,
    city: INPUT.city,
  },
  required: [['disabilityGrade'], ['monthlyWage']],
  fromFacts: (f) => pickFacts(f, ['disabilityGrade', 'monthlyWage', 'city']),
  keywords: [
    [/伤残|残疾等级|劳动能力鉴定|工伤.{0,6}级|级.{0,2}工伤/, 4],
    [/工伤.{0,10}(赔|多少|补助)/, 2],
  ],
  topics: ['work-injury-benefits'],
  basis: [
    { law: '工伤保险条例', article: '第三十五条' },
    { law: '工伤保险条例', article: '第三十六条' },
    { law: '工伤保险条例', article: '第三十七条' },
    { law: '工伤保险条例', article: '第六十四条' },
  ],
  reads: [],
  calculate: calcWorkInjuryDisability,
})
