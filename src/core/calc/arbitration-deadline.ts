import * as z from 'zod'
import { addMonths, daysBetween, IsoDateSchema, toChinaDate } from './calendar-date'
import type { CalcContext } from './calc-context'
import { defineCalculator } from './define-calculator'
import { INPUT, yesNoInput } from './inputs'
import type { CalcResult } from './types'

/** Input of `calcArbitrationDeadline`. */
export const ArbitrationDeadlineInputSchema = z.object({
  /** Day the worker knew or should have known the right was infringed, YYYY-MM-DD. */
  knewDate: IsoDateSchema.optional(),
  /** Wage-arrears claims: last day of employment (time runs from then), YYYY-MM-DD. */
  endDate: IsoDateSchema.optional(),
  /** True for unpaid wages (劳动报酬): no limit while still employed. */
  wageArrears: z.boolean().optional(),
  stillEmployed: z.boolean().optional(),
})
export type ArbitrationDeadlineInput = z.infer<typeof ArbitrationDeadlineInputSchema>

/**
 * Last day to apply for labour arbitration: one year from the day after the worker knew (or
 * should have known); unpaid-wage claims have no limit during employment and one year after it
 * ends. `amount` is null; the date is in `deadline`. Basis: 《劳动争议调解仲裁法》第二十七条.
 */
export const calcArbitrationDeadline = (
  input: ArbitrationDeadlineInput,
  ctx: CalcContext
): CalcResult => {
  const today = toChinaDate(ctx.today)
  const base = {
    calculator: 'arbitration-deadline',
    amount: null,
    amountFen: null,
    currency: 'CNY' as const,
    basis: [{ law: '劳动争议调解仲裁法', article: '第二十七条' }],
    params: [],
  }
  if (input.wageArrears && input.stillEmployed)
    return {
      ...base,
      steps: [
        { label: '拖欠劳动报酬、仍在职', formula: '劳动关系存续期间不受一年时效限制', value: '无' },
      ],
      assumptions: ['你仍在这家单位工作'],
      warnings: ['离职后一年内必须申请，请保存好工资条、考勤和聊天记录'],
    }
  const from =
    input.wageArrears && input.endDate ? input.endDate : (input.knewDate ?? input.endDate)
  if (!from)
    return {
      ...base,
      steps: [],
      assumptions: [],
      warnings: ['需要知道你哪天知道权利被侵害（例如被辞退、被拖欠的日期），才能算出截止日'],
    }
  // Civil Code art.201: the period starts the next day; one year later, same calendar day.
  const deadline = addMonths(from, 12)
  const daysLeft = daysBetween(today, deadline)
  return {
    ...base,
    steps: [
      { label: '仲裁时效截止日', formula: `${from} 起算一年（次日开始计算）`, value: deadline },
    ],
    assumptions: [
      input.wageArrears
        ? '拖欠劳动报酬：从劳动关系终止之日起算'
        : '时效从你知道或应当知道权利被侵害之日起算',
      '截止日如遇法定节假日，顺延到节后第一个工作日',
    ],
    warnings: [
      ...(daysLeft < 0
        ? [
            `按此计算时效已在 ${deadline} 届满；如果中间向单位讨要过、向有关部门投诉过，或单位答应过支付，时效会中断并重新计算，仍可尝试申请`,
          ]
        : []),
      ...(daysLeft >= 0 && daysLeft <= 60 ? [`只剩 ${daysLeft} 天，请尽快申请仲裁（免费）`] : []),
    ],
    deadline,
    daysLeft,
    deadlines: { arbitration: deadline },
  }
}

/** 劳动仲裁时效: 《劳动争议调解仲裁法》第二十七条. */
export const arbitrationDeadline = defineCalculator({
  name: 'arbitration-deadline',
  title: '劳动仲裁时效',
  schema: ArbitrationDeadlineInputSchema,
  sample: { knewDate: '2026-06-30' },
  inputs: {
    knewDate: {
      label: '知道权利被侵害的日期',
      kind: 'date',
      ask: '请告诉我事情发生的日期',
      example: '“2024年3月15日被辞退”',
    },
    endDate: INPUT.endDate,
    wageArrears: yesNoInput('是拖欠工资的争议'),
    stillEmployed: yesNoInput('仍在这家单位工作'),
  },
  required: [['knewDate', 'endDate']],
  fromFacts: (f) => {
    if (f.eventDate) return { knewDate: f.eventDate }
    return f.endDate ? { endDate: f.endDate } : {}
  },
  keywords: [
    [
      /仲裁时效|时效|仲裁.{0,8}(期限|过期|来得及|多久|还能)|(过了|超过).{0,6}(一年|1年).{0,8}(仲裁|告)/,
      4,
    ],
  ],
  topics: ['labor-dispute-process'],
  basis: [{ law: '劳动争议调解仲裁法', article: '第二十七条' }],
  reads: [],
  calculate: calcArbitrationDeadline,
})
