import * as z from 'zod'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT } from './inputs'
import { fenToYuan, formatYuan, yuanToFen } from './money'
import { inputUse } from './param-table'
import { ROUNDING_NOTE } from './types'
import type { CalcResult, CalcStep } from './types'

/** Paid days per month (劳社部发〔2008〕3号 第二条). */
export const MONTHLY_PAY_DAYS = 21.75
/** Working days per month (劳社部发〔2008〕3号 第一条), used only to spread "X hours a day". */
export const MONTHLY_WORK_DAYS = 20.83

/** Input of `calcOvertime`. Hours are totals for the period asked about. */
export const OvertimeInputSchema = z
  .object({
    /** Normal-hours monthly wage (加班费基数), CNY. */
    monthlyWage: z.number().positive().max(10_000_000),
    weekdayHours: z.number().min(0).max(10_000).optional(),
    restDayHours: z.number().min(0).max(10_000).optional(),
    holidayHours: z.number().min(0).max(10_000).optional(),
    /** Whole rest days worked (8 h each). */
    restDays: z.number().min(0).max(1_000).optional(),
    /** Whole statutory-holiday days worked (8 h each). */
    holidayDays: z.number().min(0).max(1_000).optional(),
    /** Overtime hours on each working day (e.g. 每天加班2小时); with `workDays` or `months`. */
    dailyOvertimeHours: z.number().min(0).max(16).optional(),
    workDays: z.number().min(0).max(10_000).optional(),
    months: z.number().min(0).max(120).optional(),
  })
  .refine(
    (v) =>
      [
        v.weekdayHours,
        v.restDayHours,
        v.holidayHours,
        v.restDays,
        v.holidayDays,
        v.dailyOvertimeHours,
      ].some((x) => x !== undefined),
    {
      message: '需要加班时长：weekdayHours / restDayHours / holidayHours（或 dailyOvertimeHours）',
      path: ['weekdayHours'],
    }
  )
export type OvertimeInput = z.infer<typeof OvertimeInputSchema>

/**
 * Overtime pay: hourly wage = monthly ÷ 21.75 ÷ 8; working-day extension 150 %, rest day without
 * time off 200 %, statutory holiday 300 %. Basis: 《劳动法》第四十四条；《工资支付暂行规定》第十三条；
 * 《关于职工全年月平均工作时间和工资折算问题的通知》.
 */
export const calcOvertime = (input: OvertimeInput, _ctx: CalcContext): CalcResult => {
  const assumptions: string[] = []
  const steps: CalcStep[] = []
  const wageFen = yuanToFen(input.monthlyWage)
  let weekday = input.weekdayHours ?? 0
  if (input.dailyOvertimeHours !== undefined) {
    const days = input.workDays ?? MONTHLY_WORK_DAYS * (input.months ?? 1)
    if (input.workDays === undefined)
      assumptions.push(
        `按每月约${MONTHLY_WORK_DAYS}个工作日估算${input.months ? `，共${input.months}个月` : '一个月'}（2025年起法定节假日增加，实际工作日略少）`
      )
    weekday += input.dailyOvertimeHours * days
    steps.push({
      label: '工作日延长工时',
      formula: `${input.dailyOvertimeHours}小时 × ${Math.round(days * 100) / 100}天`,
      value: Math.round(weekday * 100) / 100,
    })
  }
  const rest = (input.restDayHours ?? 0) + 8 * (input.restDays ?? 0)
  const holiday = (input.holidayHours ?? 0) + 8 * (input.holidayDays ?? 0)
  // Hourly wage kept exact (not rounded) so totals do not drift; each line is rounded to the fen.
  const hourlyFen = wageFen / MONTHLY_PAY_DAYS / 8
  steps.push({
    label: '小时工资',
    formula: `${formatYuan(wageFen)} ÷ 21.75 ÷ 8`,
    value: Math.round(hourlyFen) / 100,
  })
  const line = (hours: number, pct: number, label: string): number => {
    if (!hours) return 0
    const fen = Math.round(hourlyFen * hours * (pct / 100) + 1e-9)
    steps.push({
      label,
      formula: `小时工资 × ${Math.round(hours * 100) / 100}小时 × ${pct}%`,
      value: fenToYuan(fen),
    })
    return fen
  }
  const amountFen =
    line(weekday, 150, '工作日加班（150%）') +
    line(rest, 200, '休息日加班且未补休（200%）') +
    line(holiday, 300, '法定节假日加班（300%）')
  steps.push({ label: '加班费合计', formula: '各项相加', value: fenToYuan(amountFen) })
  return {
    calculator: 'overtime',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis: [
      { law: '劳动法', article: '第四十四条' },
      { law: '工资支付暂行规定', article: '第十三条' },
      {
        law: '关于职工全年月平均工作时间和工资折算问题的通知',
        article: '二、日工资、小时工资的折算',
      },
    ],
    params: [inputUse('monthlyWage', input.monthlyWage, null)],
    assumptions: [
      ...assumptions,
      '加班费基数是正常工作时间的月工资（没约定或约定不明的，按实际工资），不低于最低工资',
      '休息日加班已安排补休的，不另付200%；法定节假日加班不能用补休代替，节日当天本来的工资另外照发',
      ROUNDING_NOTE,
    ],
    warnings:
      weekday > 36 * Math.max(1, input.months ?? 1)
        ? ['每月加班一般不得超过36小时（劳动法第四十一条），超时加班可以向劳动监察投诉']
        : [],
  }
}

/** The ways a question can state overtime worked; any one of them is enough to compute. */
export const OVERTIME_HOUR_KEYS = [
  'weekdayHours',
  'restDayHours',
  'holidayHours',
  'restDays',
  'holidayDays',
  'dailyOvertimeHours',
] as const

/** 加班费: 《劳动法》第四十四条. */
export const overtime = defineCalculator({
  name: 'overtime',
  title: '加班费',
  schema: OvertimeInputSchema,
  sample: { monthlyWage: 4350, weekdayHours: 10 },
  inputs: {
    monthlyWage: INPUT.monthlyWage,
    weekdayHours: {
      label: '工作日延长工时（小时）',
      unit: '小时',
      kind: 'overtime',
      ask: '请告诉我加班时长',
      example: '“每天加班2小时”“周末加班4天”或“国庆加班3天”',
    },
    restDayHours: { label: '休息日加班（小时）', unit: '小时' },
    holidayHours: { label: '法定节假日加班（小时）', unit: '小时' },
    restDays: { label: '休息日加班（天）', unit: '天' },
    holidayDays: { label: '法定节假日加班（天）', unit: '天' },
    dailyOvertimeHours: { label: '每天加班（小时）', unit: '小时' },
    workDays: { label: '工作日天数', unit: '天' },
    months: { label: '月数', unit: '月' },
  },
  required: [['monthlyWage'], OVERTIME_HOUR_KEYS],
  fromFacts: (f) => {
    const input = pickFacts(f, ['monthlyWage', ...OVERTIME_HOUR_KEYS, 'months'])
    // 「每天干12个小时」: the hours past eight are the day's overtime.
    if (
      f.dailyWorkHours !== undefined &&
      f.dailyOvertimeHours === undefined &&
      f.dailyWorkHours > 8
    )
      input.dailyOvertimeHours = Math.min(f.dailyWorkHours - 8, 16)
    return input
  },
  tiePriority: 1,
  keywords: [
    [/加班费|加班工资|加班/, 3],
    [
      /(三倍|3倍)工资|节假日.{0,6}(上班|工资)|(每天|一天).{0,10}(1[0-9]|2[0-4]|十[一二三四五六七八九]?|二十[一二三四]?)\s*(个)?小时/,
      3,
    ],
    [/值班|休息日.{0,4}上班|周末.{0,4}上班/, 1],
  ],
  topics: ['overtime-pay', 'working-hours'],
  basis: [
    { law: '劳动法', article: '第四十四条' },
    { law: '工资支付暂行规定', article: '第十三条' },
  ],
  reads: [],
  calculate: calcOvertime,
})
