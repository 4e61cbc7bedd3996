import * as z from 'zod'
import { addDays, IsoDateSchema, monthsAndDays, toChinaDate } from './calendar-date'

/** Length of service, either as months or as start/end dates (end = last working day). */
export const ServiceInputSchema = z.object({
  /** Months of service (may be fractional, e.g. 3.5 years = 42). */
  serviceMonths: z
    .number()
    .min(0)
    .max(12 * 70)
    .optional(),
  /** First day of work (用工之日), YYYY-MM-DD. */
  startDate: IsoDateSchema.optional(),
  /** Last day of work, YYYY-MM-DD; defaults to today. */
  endDate: IsoDateSchema.optional(),
})
export type ServiceInput = z.infer<typeof ServiceInputSchema>

/** Shown when an end date comes before its start date (a typo, not zero service). */
export const DATE_ORDER_MESSAGE = '离职日期不能早于入职日期（endDate must not be before startDate）'

/**
 * Refinement for schemas with a startDate/endDate pair: without it an inverted span reads as
 * zero service and the calculator answers 0 instead of pointing at the typo.
 * @example schema.refine(datesInOrder, DATES_IN_ORDER)
 */
export const datesInOrder = (v: {
  startDate?: string | undefined
  endDate?: string | undefined
}): boolean => v.startDate === undefined || v.endDate === undefined || v.endDate >= v.startDate

/** Warning when only a start date is given and it lies after today (the default end date). */
export const START_AFTER_TODAY_WARNING =
  '入职日期晚于今天，按0计算；请核对入职日期，或同时给出离职日期'

/** The issue `datesInOrder` raises, on endDate. */
export const DATES_IN_ORDER = { message: DATE_ORDER_MESSAGE, path: ['endDate'] }

/** Whole months plus leftover days of service. */
export type ServiceLength = { months: number; days: number; endDate: string; text: string }

/**
 * Service length from months or dates. With dates the span is [startDate, endDate + 1 day), so
 * 2021-03-03 to 2022-03-02 is exactly 12 months.
 */
export const serviceLength = (input: ServiceInput, today: Date): ServiceLength => {
  const endDate = input.endDate ?? toChinaDate(today)
  if (input.serviceMonths !== undefined) {
    const months = Math.floor(input.serviceMonths + 1e-9)
    const frac = input.serviceMonths - months
    const days = frac > 1e-9 ? Math.max(1, Math.round(frac * 30)) : 0
    return { months, days, endDate, text: `${input.serviceMonths}个月` }
  }
  const start = input.startDate!
  const { months, days } = monthsAndDays(start, addDays(endDate, 1))
  return {
    months,
    days,
    endDate,
    text: `${start} 至 ${endDate}，${months}个月${days ? `零${days}天` : ''}`,
  }
}

/**
 * Months of wage for severance N (劳动合同法第四十七条第一款): one month per full year; a remainder
 * of six months or more counts as a year; a remainder under six months gives half a month.
 */
export const severanceMonths = (len: Pick<ServiceLength, 'months' | 'days'>): number => {
  const years = Math.floor(len.months / 12)
  const remMonths = len.months - years * 12
  const extra = remMonths >= 6 ? 1 : remMonths > 0 || len.days > 0 ? 0.5 : 0
  return years + extra
}
