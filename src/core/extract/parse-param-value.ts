import { overtime as overtimeCalculator, OVERTIME_HOUR_KEYS } from '../calc/overtime'
import { KNOWN_PLACE_NAMES } from '../calc/regions'
import { inputSpec } from '../calc/registry'
import { extractFacts } from './extract-facts'
import { findDates } from './parse-date'
import { findDurations } from './parse-duration'
import { extractNumbers } from './parse-number'

/** The inputs one reply gives (a service length may come back as a start and an end date). */
export type ParamValue = Record<string, string | number | boolean>

const YES = /^(是|是的|对|对的|有|嗯|好|已经?|已退休|退休了|yes|y)$/
const NO = /^(否|不是|不|没有?|无|未|还没|没退休|no|n)$/

/** Numbers in the reply, ignoring thousands separators ("8,000"). */
const numbers = (text: string): number[] =>
  extractNumbers(text.replace(/(\d),(?=\d{3}\b)/g, '$1')).map((n) => n.value)

/** The only number in a short reply, within [min, max]; two numbers are ambiguous. */
const single = (text: string, min: number, max: number, integer = false): number | undefined => {
  const ns = numbers(text)
  if (ns.length !== 1) return undefined
  const v = ns[0]!
  if (v < min || v > max || (integer && !Number.isInteger(v))) return undefined
  return v
}

const money = (text: string, min = 100): number | undefined => {
  const wage = extractFacts(text, '2000-01-01').monthlyWage
  if (wage !== undefined && wage >= min) return wage
  const ns = numbers(text).filter((n) => n >= min && n <= 10_000_000)
  return ns[0]
}

const firstDate = (text: string, today: string): string | undefined =>
  findDates(text, today)[0]?.iso

/** Service as months, or as dates: "三年半", "42个月", "2021年3月入职", "2021-03-03到2024-06-30". */
const service = (text: string, today: string, monthsKey: string): ParamValue | undefined => {
  const dates = findDates(text, today)
  if (dates.length) {
    const f = extractFacts(text, today)
    const start = f.startDate ?? dates[0]!.iso
    const end = f.endDate ?? (dates.length > 1 ? dates[1]!.iso : undefined)
    return end ? { startDate: start, endDate: end } : { startDate: start }
  }
  const d = findDurations(text)[0] ?? findDurations(`干了${text}`)[0]
  if (d) return { [monthsKey]: d.months }
  return undefined
}

/** "每天2小时" / "周末3天" / "20小时": put 加班 where the extractor looks for it. */
const overtime = (text: string, today: string): ParamValue | undefined => {
  const tries = [
    text,
    text.replace(
      /^(每天|每日|一天|周末|休息日|周六|周日|法定节假日|节假日|春节|国庆|五一|元旦)/,
      '$1加班'
    ),
    `加班${text}`,
  ]
  for (const t of tries) {
    // The overtime calculator's own reading of the facts (「每天干12小时」 → 4 hours' overtime).
    const input = overtimeCalculator.fromFacts(extractFacts(t, today))
    const out: ParamValue = {}
    for (const k of [...OVERTIME_HOUR_KEYS, 'months'] as const)
      if (typeof input[k] === 'number') out[k] = input[k]
    if (Object.keys(out).length) return out
  }
  return undefined
}

const city = (text: string): string | undefined => KNOWN_PLACE_NAMES.find((p) => text.includes(p))

/**
 * Reads the one input a follow-up asked for from the worker's reply ("8000", "月薪八千",
 * "三年半", "七级", "2025年3月", "广州", "是"). Returns the inputs to merge, or undefined when
 * the reply does not give it. `text` is normalised; `today` is YYYY-MM-DD in China. Never throws.
 * @example parseParamValue('serviceMonths', '干了三年半', '2026-11-24') // { serviceMonths: 42 }
 */
export const parseParamValue = (
  param: string,
  text: string,
  today: string
): ParamValue | undefined => {
  const t = String(text ?? '')
    .trim()
    .slice(0, 200)
  if (!t) return undefined
  const spec = inputSpec(param)
  switch (spec?.kind) {
    case 'money': {
      const v = money(t)
      return v === undefined ? undefined : { [param]: v }
    }
    case 'date': {
      const v = firstDate(t, today)
      return v === undefined ? undefined : { [param]: v }
    }
    case 'month': {
      // A bare year (「1966年」) does not say the month, which the answer depends on.
      const v = findDates(t, today).find((d) => d.precision !== 'year')
      return v === undefined ? undefined : { [param]: v.iso.slice(0, 7) }
    }
    case 'choice': {
      const s = t.replace(/[。.!！\s]/g, '')
      const hit =
        spec.options?.find((o) => o.label === s || o.value === s) ??
        spec.options?.find((o) => o.match.test(s))
      return hit ? { [param]: hit.value } : undefined
    }
    case 'yesNo': {
      const s = t.replace(/[。.!！\s]/g, '').toLowerCase()
      return YES.test(s) ? { [param]: true } : NO.test(s) ? { [param]: false } : undefined
    }
    case 'service':
      return service(t, today, param)
    case 'contributionYears': {
      // Dates stand for service (the calculator then counts it as contribution years).
      if (findDates(t, today).length) return service(t, today, param)
      const d = findDurations(t)[0]
      const v = d ? d.months / 12 : single(t, 0, 70)
      return v === undefined || v > 70 ? undefined : { [param]: v }
    }
    case 'grade': {
      const v = extractFacts(t, today).disabilityGrade ?? single(t, 1, 10, true)
      return v === undefined ? undefined : { [param]: v }
    }
    case 'year': {
      const y = Number(today.slice(0, 4))
      if (/今年/.test(t)) return { [param]: y }
      if (/去年/.test(t)) return { [param]: y - 1 }
      if (/前年/.test(t)) return { [param]: y - 2 }
      const date = firstDate(t, today)
      if (date) return { [param]: Number(date.slice(0, 4)) }
      const v = single(t, 1950, 2100, true)
      return v === undefined ? undefined : { [param]: v }
    }
    case 'number': {
      const v = single(t, spec.min ?? 0, spec.max ?? 1e9, spec.integer)
      return v === undefined ? undefined : { [param]: v }
    }
    case 'overtime':
      return overtime(t, today)
    case 'city': {
      const c = city(t)
      return c === undefined ? undefined : { [param]: c }
    }
    case 'cityOrMoney': {
      const c = city(t)
      if (c !== undefined) return { city: c }
      const v = money(t, 500)
      return v === undefined ? undefined : { [param]: v }
    }
    default:
      return undefined
  }
}
