import { NUM_SRC } from './parse-number'
import { parseNumber } from './parse-number'

/** A date found in a question, resolved to YYYY-MM-DD, with where it was. */
export type FoundDate = {
  iso: string
  index: number
  end: number
  precision: 'day' | 'month' | 'year'
}

const pad = (n: number): string => String(n).padStart(2, '0')

const valid = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCMonth() === m - 1
}

// Year: 2021年 / 21年(only 4 digits accepted) / 今年 / 去年 / 前年 / 明年; month: 3月 / 三月; day: 3日 / 3号 / 3.
const DATE_RE = new RegExp(
  [
    `(?:(\\d{4})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2}))`, // 2021-03-03, 2021.3.3
    `(?:(?:(\\d{4})\\s*年|(今年|去年|前年|明年|本年))?\\s*(${NUM_SRC})\\s*月份?(?:\\s*(${NUM_SRC})\\s*(?:日|号|(?=\\s*(?:入职|进|离职|辞|被|开始|到|至|上班|出|受伤|发生|去世|死亡|病逝))))?)`,
    `(?:(\\d{4})\\s*年(?!\\s*\\d))`, // bare year: 2013年
  ].join('|'),
  'g'
)

/**
 * Find dates like 2021年3月3日, 2021-03-03, 7月16号, 九月16号, 今年6月, 去年3月 and 2013年.
 * Dates without a year take `today`'s year (the previous year if that would be in the future).
 * Month-only dates resolve to the 1st; year-only dates to 01-01.
 */
export const findDates = (text: string, today: string): FoundDate[] => {
  const out: FoundDate[] = []
  const ty = Number(today.slice(0, 4))
  for (const m of text.matchAll(DATE_RE)) {
    const index = m.index ?? 0
    const end = index + m[0].length
    if (m[1]) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      if (valid(y, mo, d))
        out.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index, end, precision: 'day' })
      continue
    }
    if (m[8]) {
      const y = Number(m[8])
      if (y >= 1950 && y <= 2100) out.push({ iso: `${y}-01-01`, index, end, precision: 'year' })
      continue
    }
    const mo = parseNumber(m[6] ?? '')
    if (mo === undefined || !Number.isInteger(mo)) continue
    const d = m[7] ? parseNumber(m[7]) : undefined
    let y: number
    let explicitYear = true
    if (m[4]) y = Number(m[4])
    else if (m[5])
      y = m[5] === '去年' ? ty - 1 : m[5] === '前年' ? ty - 2 : m[5] === '明年' ? ty + 1 : ty
    else {
      y = ty
      explicitYear = false
    }
    // "三个月" is a duration, not March: the pattern already needs 月 right after the number,
    // so only exclude "个月" by checking the char before 月.
    if (/个\s*月/.test(m[0])) continue
    // A bare month ("三月") is too often a count ("实习三月"); keep it only with date context.
    if (!explicitYear && d === undefined) {
      const before = text.slice(Math.max(0, index - 2), index)
      const after = text.slice(end, end + 3)
      if (
        !/(从|到|至|于|在|是)$/.test(before) &&
        !/^(份|初|底|中|入职|离职|开始|到|至|进)/.test(after)
      )
        continue
    }
    const day = d !== undefined && Number.isInteger(d) ? d : 1
    if (!valid(y, mo, day)) continue
    let iso = `${y}-${pad(mo)}-${pad(day)}`
    if (!explicitYear && iso > today) iso = `${y - 1}-${pad(mo)}-${pad(day)}`
    out.push({ iso, index, end, precision: d !== undefined ? 'day' : 'month' })
  }
  return out
}
