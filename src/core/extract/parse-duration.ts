import { NUM_SRC, parseNumber } from './parse-number'

/**
 * A length of time found in a question, in months. `more` marks 「3年多」「十多年」「3个多月」:
 * more than `months`, by less than the next unit (a year, or a month).
 */
export type FoundDuration = {
  months: number
  index: number
  end: number
  raw: string
  more?: 'year' | 'month'
}

// 三年半 / 两年零三个月 / 3年2个月 / 13个月 / 半年 / 一年半 / 8年 / 3年多 / 十多年 / 3个多月
const DURATION_RE = new RegExp(
  `(?:(${NUM_SRC})\\s*(多)?\\s*(?:周年|年)(半|多(?!少))?(?:\\s*(?:零|又)?\\s*(${NUM_SRC})\\s*个?\\s*月)?)|(?:(${NUM_SRC})\\s*(多)?\\s*个\\s*(半|多)?\\s*月)|(?:(${NUM_SRC})\\s*月(?!份|\\s*\\d|\\s*[${'零〇一二两三四五六七八九十'}]+\\s*[日号]))|(半)\\s*年`,
  'g'
)

/**
 * Durations like 三年半 (42), 两年零三个月 (27), 13个月, 半年 (6), 工作了八年 (96). Skips calendar
 * years (2019年) and "今年/去年". Never throws.
 */
export const findDurations = (text: string): FoundDuration[] => {
  const out: FoundDuration[] = []
  for (const m of text.matchAll(DURATION_RE)) {
    const index = m.index ?? 0
    const end = index + m[0].length
    const prev = text.slice(Math.max(0, index - 1), index)
    // Never start inside another number ("1.2万一个月" is 12000 a month, not 10001 months).
    if (/[\d.零〇一二两三四五六七八九十百千万]/.test(prev) && !m[9]) continue
    let months: number | undefined
    let more: FoundDuration['more']
    if (m[1] !== undefined) {
      if (/^\d{4}$/.test(m[1]) || /[今去前明本每]/.test(prev)) continue
      const y = parseNumber(m[1])
      if (y === undefined || y > 70) continue
      const extra = m[4] !== undefined ? parseNumber(m[4]) : 0
      if (extra === undefined) continue
      months = y * 12 + (m[3] === '半' ? 6 : 0) + extra
      // 十多年 / 3年多 / 3年多个月: more than the whole years (3年多少钱 is not: 多少 asks).
      if ((m[2] || m[3] === '多') && m[4] === undefined) more = 'year'
    } else if (m[5] !== undefined) {
      const n = parseNumber(m[5])
      if (n === undefined) continue
      months = n + (m[7] === '半' ? 0.5 : 0)
      if (m[6] || m[7] === '多') more = 'month'
    } else if (m[8] !== undefined) {
      // "实习三月", "长达2月": a bare 月 after a count word is a duration; after 年 it is a date.
      if (/[年\d]/.test(prev)) continue
      const n = parseNumber(m[8])
      if (n === undefined || n > 24) continue
      const before = text.slice(Math.max(0, index - 4), index)
      if (!/(实习|试用|干了?|做了?|长达|工作了?|上了?|共|了|满|近|差不多)$/.test(before)) continue
      months = n
    } else if (m[9]) {
      if (/[一二两三四五六七八九十\d]/.test(prev)) continue
      months = 6
    }
    if (months !== undefined && months > 0)
      out.push({ months, index, end, raw: m[0], ...(more ? { more } : {}) })
  }
  return out
}
