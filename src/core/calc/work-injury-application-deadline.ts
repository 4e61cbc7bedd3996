import * as z from 'zod'
import { addDays, addMonths, daysBetween, IsoDateSchema, toChinaDate } from './calendar-date'
import type { CalcContext } from './calc-context'
import { defineCalculator } from './define-calculator'
import type { CalcResult } from './types'

/** Input of `calcWorkInjuryApplicationDeadline`. */
export const WorkInjuryApplicationDeadlineInputSchema = z.object({
  /** Day of the accident, or of the occupational-disease diagnosis, YYYY-MM-DD. */
  accidentDate: IsoDateSchema,
})
export type WorkInjuryApplicationDeadlineInput = z.infer<
  typeof WorkInjuryApplicationDeadlineInputSchema
>

/**
 * Deadlines to apply for work-injury recognition: the employer within 30 days; if it does not,
 * the worker, close relatives or the union within 1 year. `deadline` is the worker's date;
 * `deadlines` has both. Basis: 《工伤保险条例》第十七条.
 */
export const calcWorkInjuryApplicationDeadline = (
  input: WorkInjuryApplicationDeadlineInput,
  ctx: CalcContext
): CalcResult => {
  const today = toChinaDate(ctx.today)
  const employer = addDays(input.accidentDate, 30)
  const worker = addMonths(input.accidentDate, 12)
  const daysLeft = daysBetween(today, worker)
  return {
    calculator: 'work-injury-application-deadline',
    amount: null,
    amountFen: null,
    currency: 'CNY',
    steps: [
      { label: '单位申请工伤认定的期限', formula: `${input.accidentDate} 起30日`, value: employer },
      {
        label: '你本人、近亲属或工会申请的期限',
        formula: `${input.accidentDate} 起1年`,
        value: worker,
      },
    ],
    basis: [{ law: '工伤保险条例', article: '第十七条' }],
    params: [],
    assumptions: ['从事故发生之日（职业病从诊断、鉴定之日）起算，次日开始计算'],
    warnings: [
      ...(daysLeft < 0
        ? [
            `按此计算一年期限已在 ${worker} 届满；有正当理由（如不可抗力、被限制人身自由）的可以扣除，请尽快咨询12333或工会12351`,
          ]
        : []),
      ...(daysLeft >= 0 && daysLeft <= 60
        ? [`只剩 ${daysLeft} 天，请马上向人社部门申请工伤认定`]
        : []),
      '单位在30日内没申请的，这期间的工伤待遇等费用由单位负担',
    ],
    deadline: worker,
    daysLeft,
    deadlines: { employer, worker },
  }
}

/** 工伤认定申请期限: 《工伤保险条例》第十七条. */
export const workInjuryApplicationDeadline = defineCalculator({
  name: 'work-injury-application-deadline',
  title: '工伤认定申请期限',
  schema: WorkInjuryApplicationDeadlineInputSchema,
  sample: { accidentDate: '2026-11-01' },
  inputs: {
    accidentDate: {
      label: '受伤（或确诊职业病）日期',
      kind: 'date',
      ask: '请告诉我受伤（或确诊职业病）的日期',
      example: '“2025年8月3日受伤”',
    },
  },
  required: [['accidentDate']],
  fromFacts: (f) => (f.eventDate ? { accidentDate: f.eventDate } : {}),
  keywords: [
    [
      /(工伤认定|认定工伤|申请工伤|报工伤).{0,10}(期限|时限|多久|来得及|过期|还能|多长时间|时间)|(多久|几天).{0,6}(申请|认定)工伤/,
      5,
    ],
  ],
  topics: ['work-injury-recognition'],
  basis: [{ law: '工伤保险条例', article: '第十七条' }],
  reads: [],
  calculate: calcWorkInjuryApplicationDeadline,
})
