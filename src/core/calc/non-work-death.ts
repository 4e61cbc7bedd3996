import * as z from 'zod'
import { IsoDateSchema } from './calendar-date'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT, yesNoInput } from './inputs'
import { divFen, fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse, lookupParam, paramUse } from './param-table'
import { resolveRegion } from './regions'
import { DATES_IN_ORDER, datesInOrder, serviceLength } from './service-length'
import { LIKELY_WARNING, ROUNDING_NOTE } from './types'
import type { CalcOutcome, CalcParamUse, CalcStep } from './types'

/** Input of `calcNonWorkDeath`. */
export const NonWorkDeathInputSchema = z
  .object({
    /** Year of death; the base is the province's figure for deathYear − 1. */
    deathYear: z.number().int().min(2000).max(2100),
    /** Pension contribution years (actual + deemed). */
    contributionYears: z.number().min(0).max(70).optional(),
    /** Used only when contributionYears is missing: service taken as contribution years. */
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
    /** Province's previous-year urban per-capita disposable income per MONTH; overrides the table. */
    provinceMonthlyDisposableIncome: z.number().positive().optional(),
    city: z.string().optional(),
    retired: z.boolean().optional(),
    /** Retirees: whole years of pension already drawn. */
    pensionYearsReceived: z.number().int().min(0).max(80).optional(),
  })
  .refine((v) => v.contributionYears !== undefined || v.startDate !== undefined, {
    message: '需要 contributionYears（缴费年限）或 startDate（入职日期，用工作年限代替缴费年限）',
    path: ['contributionYears'],
  })
  .refine(datesInOrder, DATES_IN_ORDER)
export type NonWorkDeathInput = z.infer<typeof NonWorkDeathInputSchema>

/**
 * Survivor-pension months by contribution years (人社部发〔2021〕18号): <5 → 3, 5–<10 → 6,
 * 10–15 → 9, +1 per full year over 15, years capped at 30 (→ 24 months).
 */
export const survivorPensionMonths = (years: number): number => {
  if (years < 5) return 3
  if (years < 10) return 6
  if (years <= 15) return 9
  return 9 + Math.floor(Math.min(years, 30) - 15 + 1e-9)
}

/**
 * Funeral grant (丧葬补助金) + survivor pension (抚恤金) for a worker who died of illness or a
 * non-work injury, Guangdong: both are multiples of the province's previous-year monthly urban
 * per-capita disposable income (annual ÷ 12, rounded to the fen): funeral 2×, pension by
 * contribution years. Basis: 《社会保险法》第十七条；《企业职工基本养老保险遗属待遇暂行办法》
 * （人社部发〔2021〕18号）；《广东省职工假期待遇和死亡抚恤待遇规定》第十条.
 */
export const calcNonWorkDeath = (input: NonWorkDeathInput, ctx: CalcContext): CalcOutcome => {
  const warnings: string[] = []
  const assumptions: string[] = []
  const params: CalcParamUse[] = []
  const steps: CalcStep[] = []
  const baseYear = input.deathYear - 1
  const region = resolveRegion(input.city)

  if (input.deathYear < 2022)
    warnings.push(
      '人社部发〔2021〕18号自2022年起执行，更早的死亡按当时当地的规定处理，本计算不适用'
    )
  if (region?.slug === 'shenzhen')
    warnings.push(
      '深圳有自己的遗属待遇办法（丧葬补助金和抚恤金以深圳上年度在岗职工月平均工资为基数），结果可能不同，请向深圳社保部门核实'
    )

  let monthlyFen: number
  if (input.provinceMonthlyDisposableIncome !== undefined) {
    monthlyFen = yuanToFen(input.provinceMonthlyDisposableIncome)
    params.push(
      inputUse('provinceMonthlyDisposableIncome', input.provinceMonthlyDisposableIncome, baseYear)
    )
  } else {
    if (region && region.province !== 'guangdong') {
      return {
        calculator: 'non-work-death',
        missing: ['provinceMonthlyDisposableIncome'],
        params: { ...input },
        warnings: [
          `目前只收录了广东省的数字；${region.nameZh}请提供该省${baseYear}年城镇居民月人均可支配收入`,
          ...warnings,
        ],
      }
    }
    if (!region) assumptions.push('按广东省计算')
    const hit = lookupParam(ctx.table, 'provinceUrbanDisposableIncome', 'guangdong', baseYear)
    if (!hit.found)
      return {
        calculator: 'non-work-death',
        missing: ['provinceMonthlyDisposableIncome'],
        params: { ...input },
        warnings: [
          `需要广东省${baseYear}年城镇居民人均可支配收入，该数字尚未公布或未核实，暂时算不出金额（不会用其他年份代替）`,
          // Without the base the months and the formula still tell the family what to expect.
          ...(input.contributionYears !== undefined
            ? [
                `月数照样可以定：丧葬补助金2个月，抚恤金${survivorPensionMonths(input.contributionYears)}个月；金额 = 广东省${baseYear}年城镇居民人均可支配收入 ÷ 12 × ${2 + survivorPensionMonths(input.contributionYears)}`,
              ]
            : []),
          ...warnings,
        ],
      }
    params.push(paramUse(hit.entry))
    if (hit.entry.confidence === 'likely')
      warnings.push(`广东省${baseYear}年城镇居民人均可支配收入：${LIKELY_WARNING}`)
    monthlyFen = divFen(yuanToFen(hit.entry.value), 12)
    steps.push({
      label: `广东省${baseYear}年城镇居民月人均可支配收入`,
      formula: `${hit.entry.value}元 ÷ 12`,
      value: fenToYuan(monthlyFen),
    })
  }

  let years: number
  if (input.contributionYears !== undefined) years = input.contributionYears
  else {
    // Service counted as for N (the last day included), ending at death or the year's end.
    const end = input.endDate ?? `${input.deathYear}-12-31`
    years = Math.floor(
      serviceLength({ startDate: input.startDate!, endDate: end }, ctx.today).months / 12
    )
    assumptions.push(`没有缴费年限，按在本单位工作的完整年数 ${years} 年估算（假设一直参保缴费）`)
  }

  const funeralFen = mulFen(monthlyFen, 2)
  steps.push({
    label: '丧葬补助金',
    formula: `2 × ${formatYuan(monthlyFen)}`,
    value: fenToYuan(funeralFen),
  })

  let months = survivorPensionMonths(years)
  steps.push({ label: '抚恤金发放月数', formula: `缴费年限 ${years} 年`, value: months })
  if (input.retired) {
    const received = input.pensionYearsReceived
    if (received === undefined)
      return {
        calculator: 'non-work-death',
        missing: ['pensionYearsReceived'],
        params: { ...input },
        warnings: [
          '退休人员的抚恤金月数要扣减已领养老金的年数，请告诉我领了几年养老金',
          ...warnings,
        ],
      }
    months = Math.max(months - received, 9)
    steps.push({
      label: '退休人员：每领一年养老金减1个月，最少9个月',
      formula: `max(… − ${received}, 9)`,
      value: months,
    })
    warnings.push(`退休人员抚恤金月数的扣减规则：${LIKELY_WARNING}`)
  }
  const pensionFen = mulFen(monthlyFen, months)
  steps.push({
    label: '抚恤金',
    formula: `${months} × ${formatYuan(monthlyFen)}`,
    value: fenToYuan(pensionFen),
  })
  const amountFen = funeralFen + pensionFen
  steps.push({
    label: '合计',
    formula: `${formatYuan(funeralFen)} + ${formatYuan(pensionFen)}`,
    value: fenToYuan(amountFen),
  })

  return {
    calculator: 'non-work-death',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis: [
      { law: '社会保险法', article: '第十七条' },
      {
        law: '企业职工基本养老保险遗属待遇暂行办法',
        article: '丧葬补助金、抚恤金标准（条号未核对）',
      },
      { law: '广东省职工假期待遇和死亡抚恤待遇规定', article: '第十条' },
    ],
    params,
    assumptions: [
      ...assumptions,
      '因病或非因工死亡，不属于工伤（在家休息时突发疾病去世一般不算工伤，工伤保险条例第十五条）',
      '月人均可支配收入 = 年数 ÷ 12，先四舍五入到分再乘月数',
      ROUNDING_NOTE,
    ],
    warnings,
    notes: [
      '参加了职工基本养老保险的，由养老保险基金支付；单位应参保而没参保的，由单位按同样标准支付（粤人社规〔2023〕17号第十条）',
      '个人账户余额可以依法继承（社会保险法第十四条）',
      '去世前的工资照付；劳动合同因死亡终止，没有经济补偿',
      '同时符合养老、工伤、失业保险丧葬补助金条件的，只能选一项领取（社会保险法第四十九条）',
    ],
  }
}

/** 非因工死亡丧葬补助金和抚恤金: 《社会保险法》第十七条. */
export const nonWorkDeath = defineCalculator({
  name: 'non-work-death',
  title: '非因工死亡丧葬补助金和抚恤金',
  schema: NonWorkDeathInputSchema,
  sample: { deathYear: 2023, contributionYears: 15 },
  inputs: {
    deathYear: INPUT.deathYear,
    contributionYears: {
      label: '养老保险缴费年限',
      unit: '年',
      kind: 'contributionYears',
      ask: '请告诉我交养老保险（社保）的年数',
      example: '“社保交了12年”，或告诉我入职年份',
    },
    startDate: INPUT.startDate,
    endDate: INPUT.endDate,
    provinceMonthlyDisposableIncome: {
      label: '全省上年度城镇居民人均可支配收入（元/月）',
      unit: '元/月',
      kind: 'money',
      ask: '需要当地上一年度城镇居民人均可支配收入，可以问当地社保部门（12333）',
      override: true,
    },
    city: INPUT.city,
    retired: yesNoInput('已退休'),
    pensionYearsReceived: {
      label: '已领养老金年数',
      unit: '年',
      kind: 'number',
      min: 0,
      max: 80,
      integer: true,
      ask: '请告诉我已经领了几年养老金',
      example: '“退休后领了5年养老金”',
    },
  },
  required: [['deathYear'], ['contributionYears', 'startDate']],
  fromFacts: (f) => {
    const input = pickFacts(f, [
      'deathYear',
      'contributionYears',
      'startDate',
      'endDate',
      'city',
      'retired',
      'pensionYearsReceived',
    ])
    // 「2015年入职，去年去世」: the death ends the service.
    if (input.endDate === undefined && f.eventDate !== undefined && f.startDate !== undefined)
      input.endDate = f.eventDate
    return input
  },
  keywords: [[/(去世|逝世|死亡|病逝|病故|过世|身故|猝死|离世|丧葬|抚恤)/, 4]],
  topics: ['non-work-death'],
  basis: [
    { law: '社会保险法', article: '第十七条' },
    { law: '广东省职工假期待遇和死亡抚恤待遇规定', article: '第十条' },
  ],
  reads: ['provinceUrbanDisposableIncome'],
  calculate: calcNonWorkDeath,
})
