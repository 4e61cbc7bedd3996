import * as z from 'zod'
import type { CalcContext } from './calc-context'
import { IsoDateSchema } from './calendar-date'
import { defineCalculator } from './define-calculator'
import { INPUT } from './inputs'
import type { CalcResult, CalcStep } from './types'

/** Who the worker is for the retirement age: men; women whose age was 50 (工人) or 55 (干部/管理岗). */
export const RETIREMENT_CATEGORIES = ['male', 'female-50', 'female-55'] as const
export type RetirementCategory = (typeof RETIREMENT_CATEGORIES)[number]

/**
 * The reform per category (国务院关于渐进式延迟法定退休年龄的办法 第一条): the old age in years,
 * how many birth months share one month of delay, and the most months of delay.
 */
const RULES: Readonly<
  Record<RetirementCategory, { original: number; pace: number; maxDelay: number; label: string }>
> = {
  male: { original: 60, pace: 4, maxDelay: 36, label: '男职工' },
  'female-55': { original: 55, pace: 4, maxDelay: 36, label: '原法定退休年龄55周岁的女职工' },
  'female-50': { original: 50, pace: 2, maxDelay: 60, label: '原法定退休年龄50周岁的女职工' },
}

/** The reform applies to whoever would have retired on or after this month. */
const REFORM_START = { year: 2025, month: 1 }
/** From this year the minimum contribution rises by 6 months a year, up to 20 years (办法第二条). */
const CONTRIBUTION_RISE_FROM = 2030

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/

/** Input of `calcRetirementDate`. */
export const RetirementDateInputSchema = z.object({
  /** Birth year and month, YYYY-MM (a full date is accepted; the day is not needed). */
  birthMonth: z.string().regex(YEAR_MONTH, '出生年月的格式应为 YYYY-MM，例如 1971-05'),
  /** male, female-50 (原50岁退休的女职工) or female-55 (原55岁退休的女职工). */
  category: z.enum(RETIREMENT_CATEGORIES),
  /** When the employer ended (or says it will end) the contract because of age, YYYY-MM-DD. */
  endDate: IsoDateSchema.optional(),
})
export type RetirementDateInput = z.infer<typeof RetirementDateInputSchema>

/** Months of delay for someone born in `year`-`month` (0 before the reform's first cohort). */
export const retirementDelayMonths = (
  category: RetirementCategory,
  year: number,
  month: number
): number => {
  const r = RULES[category]
  const first = (REFORM_START.year - r.original) * 12 + (REFORM_START.month - 1)
  const born = year * 12 + (month - 1)
  if (born < first) return 0
  return Math.min(r.maxDelay, Math.floor((born - first) / r.pace) + 1)
}

/** Minimum contribution years to draw a monthly pension when retiring in `year` (办法第二条). */
export const minContributionYears = (year: number): number =>
  year < CONTRIBUTION_RISE_FROM ? 15 : Math.min(20, 15 + 0.5 * (year - CONTRIBUTION_RISE_FROM + 1))

const ageText = (months: number): string =>
  `${Math.floor(months / 12)}岁${months % 12 ? `${months % 12}个月` : ''}`
const yearsText = (years: number): string =>
  `${Math.floor(years)}年${years % 1 ? `${Math.round((years % 1) * 12)}个月` : ''}`
const monthText = (ym: string): string => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月`
const ymOf = (total: number): string =>
  `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`

/**
 * Statutory retirement age and month under the 2024 NPCSC decision (in force 2025-01-01): men
 * 60 → 63 and women 55 → 58 by one month per four birth months, women 50 → 55 by one month per
 * two; plus the minimum contribution years for that year. With `endDate`, compares an
 * age-based termination with the statutory month. Basis: 《国务院关于渐进式延迟法定退休年龄的办法》
 * 第一条、第二条；《劳动合同法实施条例》第二十一条.
 * @example calcRetirementDate({ birthMonth: '1975-06', category: 'male' }, ctx).values // { retirementMonth: '2038-02', ... }
 */
export const calcRetirementDate = (input: RetirementDateInput, _ctx: CalcContext): CalcResult => {
  const r = RULES[input.category]
  const year = Number(input.birthMonth.slice(0, 4))
  const month = Number(input.birthMonth.slice(5, 7))
  const delay = retirementDelayMonths(input.category, year, month)
  const ageMonths = r.original * 12 + delay
  const retirementMonth = ymOf(year * 12 + (month - 1) + ageMonths)
  const retirementYear = Number(retirementMonth.slice(0, 4))
  const minYears = minContributionYears(retirementYear)
  const steps: CalcStep[] = [
    {
      label: '原法定退休年龄',
      formula: `${r.label}，${monthText(input.birthMonth)}出生`,
      value: `${r.original}岁（${monthText(ymOf(year * 12 + (month - 1) + r.original * 12))}）`,
    },
    {
      label: '延迟月数',
      formula:
        delay === 0
          ? '原退休时间在2025年1月之前，不延迟'
          : `每${r.pace}个出生月份延迟1个月，最多${r.maxDelay}个月`,
      value: delay,
    },
    {
      label: '改革后法定退休年龄',
      formula: `${r.original}岁 + ${delay}个月`,
      value: ageText(ageMonths),
    },
    {
      label: '法定退休时间',
      formula: '出生年月 + 法定退休年龄',
      value: monthText(retirementMonth),
    },
    {
      label: '按月领养老金的最低缴费年限',
      formula:
        retirementYear < CONTRIBUTION_RISE_FROM
          ? '2030年前退休：15年'
          : '2030年起每年提高6个月，最高20年',
      value: yearsText(minYears),
    },
  ]
  const warnings: string[] = []
  const notes = [
    `缴费满最低年限的，可以自愿提前退休，最多提前3年，但不能早于原来的${r.original}岁；到龄后单位和你协商一致，也可以延迟退休，最多3年（办法第三条）`,
    '井下、高温等特殊工种和因病提前退休等，国家另有规定的从其规定',
  ]
  const basis = [
    { law: '国务院关于渐进式延迟法定退休年龄的办法', article: '第一条' },
    { law: '国务院关于渐进式延迟法定退休年龄的办法', article: '第二条' },
  ]
  if (input.endDate === undefined)
    warnings.push(
      `${monthText(retirementMonth)}之前，单位不能以“到了退休年龄”为由终止劳动合同；这样终止属于违法终止，可以要求继续履行或赔偿金2N（劳动合同法第四十八条、第八十七条）`
    )
  else {
    const endMonth = input.endDate.slice(0, 7)
    if (endMonth < retirementMonth) {
      warnings.push(
        `单位以“到了退休年龄”为由结束合同的日期（${input.endDate}）早于你的法定退休时间（${monthText(retirementMonth)}）：这时劳动合同并不因年龄终止，单位这样做属于违法终止，你可以要求继续履行合同，或者不再回去时要求赔偿金2N（劳动合同法第四十四条、第四十八条、第八十七条）`
      )
      basis.push(
        { law: '劳动合同法', article: '第四十四条' },
        { law: '劳动合同法', article: '第四十八条' },
        { law: '劳动合同法', article: '第八十七条' }
      )
    } else {
      notes.unshift(
        `${input.endDate}时你已到（或在当月到）法定退休年龄，劳动合同可以因此终止（劳动合同法实施条例第二十一条）；到龄当月以出生日期为准`
      )
      basis.push({ law: '劳动合同法实施条例', article: '第二十一条' })
    }
  }
  return {
    calculator: 'retirement-date',
    amount: null,
    amountFen: null,
    currency: 'CNY',
    headline: `法定退休年龄${ageText(ageMonths)}，${monthText(retirementMonth)}退休；按月领养老金最少缴费${yearsText(minYears)}`,
    values: {
      retirementMonth,
      retirementAgeMonths: ageMonths,
      delayMonths: delay,
      minContributionYears: minYears,
    },
    steps,
    basis,
    params: [],
    assumptions: [
      '按出生年月推算（与电子社保卡“退休年龄测算”一样只看年月），到龄当月以出生日期为准',
      '对照表按决定所附办法的规则逐月推算；请以当地人社部门（12333）的核定为准',
    ],
    warnings,
    notes,
  }
}

/** 法定退休年龄和时间: 《国务院关于渐进式延迟法定退休年龄的办法》第一条、第二条. */
export const retirementDate = defineCalculator({
  name: 'retirement-date',
  title: '法定退休年龄和时间',
  schema: RetirementDateInputSchema,
  sample: { birthMonth: '1975-06', category: 'male' },
  inputs: {
    birthMonth: {
      label: '出生年月',
      kind: 'month',
      ask: '请告诉我出生年月',
      example: '“1971年5月出生”',
    },
    category: {
      label: '人员类别',
      kind: 'choice',
      ask: '请告诉我你是男职工、原来50岁退休的女职工（一般是工人岗位），还是原来55岁退休的女职工（一般是干部、管理或技术岗位）',
      options: [
        { value: 'male', label: '男职工', match: /男/ },
        { value: 'female-55', label: '女（原55岁退休）', match: /55|五十五|干部|管理|技术/ },
        { value: 'female-50', label: '女（原50岁退休）', match: /50|五十(?!五)|工人|女工/ },
      ],
      choices: ['男职工', '女（原50岁退休）', '女（原55岁退休）'],
    },
    endDate: INPUT.endDate,
  },
  required: [['birthMonth'], ['category']],
  fromFacts: (f) => {
    const input: Record<string, unknown> = {}
    if (f.birthMonth !== undefined) input.birthMonth = f.birthMonth
    if (f.retirementCategory !== undefined) input.category = f.retirementCategory
    if (f.endDate !== undefined) input.endDate = f.endDate
    else if (f.eventDate !== undefined) input.endDate = f.eventDate
    return input
  },
  keywords: [
    [
      /(几岁|多少岁|多大|哪年|哪一年|什么时候|何时|几时)\s*(能|可以|才能|才可以|要|该)?\s*退休|退休(年龄|时间|日期)\s*(是|为)?\s*(多少|几岁|哪年|什么时候|怎么算)|延迟退休|延退/,
      3,
    ],
    [
      /(没到|未到|不到|还没到|还差).{0,4}退休年龄|(到了?|超过|达到).{0,2}退休年龄.{0,12}(辞退|解除|终止|不要|劝退|赶走|让我走)|(到龄|退休年龄).{0,6}(辞退|解除|终止合同)/,
      3,
    ],
  ],
  // No topic: a retirement article alone (特殊工种, 社保年限) is not a question about the date.
  basis: [
    { law: '国务院关于渐进式延迟法定退休年龄的办法', article: '第一条' },
    { law: '国务院关于渐进式延迟法定退休年龄的办法', article: '第二条' },
  ],
  reads: [],
  calculate: calcRetirementDate,
})
