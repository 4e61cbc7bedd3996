import * as z from 'zod'

/**
 * Calendar-date helpers on 'YYYY-MM-DD' strings. Arithmetic is done on UTC dates so the time zone
 * of the machine never shifts a day; `toChinaDate` turns a clock instant into the date in China.
 */

/** A date written YYYY-MM-DD (a calendar date, no time zone). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && fromIso(s) === s, '不是有效日期')

type Ymd = { y: number; m: number; d: number }

const parts = (iso: string): Ymd => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { y, m, d }
}

const fromIso = (iso: string): string => {
  const t = Date.parse(`${iso}T00:00:00Z`)
  return new Date(t).toISOString().slice(0, 10)
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

const iso = (y: number, m: number, d: number): string =>
  new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10)

/** The calendar date in China (UTC+8) of a clock instant. */
export const toChinaDate = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

/** Add whole months; a day that does not exist in the target month becomes its last day. */
export const addMonths = (date: string, months: number): string => {
  const { y, m, d } = parts(date)
  const total = y * 12 + (m - 1) + months
  const ty = Math.floor(total / 12)
  const tm = (total % 12) + 1
  return iso(ty, tm, Math.min(d, daysInMonth(ty, tm)))
}

/** Add days (may be negative). */
export const addDays = (date: string, days: number): string => {
  const { y, m, d } = parts(date)
  return iso(y, m, d + days)
}

/** Whole days from `a` to `b` (b − a). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** Year of a date. */
export const yearOf = (date: string): number => parts(date).y

/**
 * Whole months and leftover days in the half-open span [from, to). Months are counted the way
 * people count anniversaries: 03-03 → 04-03 is one month.
 */
export const monthsAndDays = (from: string, to: string): { months: number; days: number } => {
  if (to <= from) return { months: 0, days: 0 }
  const a = parts(from)
  const b = parts(to)
  let months = (b.y - a.y) * 12 + (b.m - a.m)
  while (months > 0 && addMonths(from, months) > to) months -= 1
  const anchor = addMonths(from, months)
  return { months, days: daysBetween(anchor, to) }
}

/** Days in the calendar month that contains `date`. */
export const daysInMonthOf = (date: string): number => {
  const { y, m } = parts(date)
  return daysInMonth(y, m)
}
