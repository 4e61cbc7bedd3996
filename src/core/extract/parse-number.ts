import Nzh from 'nzh/cn'

/** Chinese numeral characters the extractor accepts (两/〇/幺 are colloquial forms). */
export const ZH_DIGITS = '零〇一二两三四五六七八九十百千万幺'

/** A number in a question: Arabic (with decimals) or Chinese numerals. Use inside other regexes. */
export const NUM_SRC = `(?:\\d+(?:\\.\\d+)?|[${ZH_DIGITS}]+)`

const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

/**
 * Parse one Chinese numeral string: 八千 → 8000, 两千五 → 2500, 一万二 → 12000, 十三 → 13.
 * nzh does the standard decoding; it does not know 两 or the spoken short tail (八千五 = 8500,
 * not 8005), so those two are handled here first.
 */
export const parseChineseNumeral = (raw: string): number | undefined => {
  let s = raw.replace(/两/g, '二').replace(/〇/g, '零').replace(/幺/g, '一')
  if (!/^[零一二三四五六七八九十百千万]+$/.test(s)) return undefined
  if (!/[零一二三四五六七八九]/.test(s) && !s.startsWith('十')) return undefined
  let tail = 0
  const m = /^(.*[十百千万])([一二三四五六七八九])$/.exec(s)
  if (m && m[1]!.length >= 2 && m[1]!.at(-1) !== '十') {
    const unit = UNIT_VALUE[m[1]!.at(-1)!]!
    tail = ('一二三四五六七八九'.indexOf(m[2]!) + 1) * (unit / 10)
    s = m[1]!
  }
  try {
    const n = Number(Nzh.decodeS(s))
    if (!Number.isFinite(n)) return undefined
    if (n === 0 && !/^零+$/.test(s)) return undefined
    return n + tail
  } catch {
    return undefined
  }
}

/**
 * Parse a number with an optional multiplier unit: "6k" → 6000, "1.2万" → 12000, "八千" → 8000,
 * "3.5w" → 35000. Returns undefined for anything it cannot read; never throws.
 */
export const parseNumber = (raw: string): number | undefined => {
  const s = raw.trim()
  const m = /^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万幺]+)\s*([kK千wW万]?)$/.exec(s)
  if (!m) return undefined
  const base = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!)
  if (base === undefined || !Number.isFinite(base)) return undefined
  const mult = /[kK千]/.test(m[2]!) ? 1000 : /[wW万]/.test(m[2]!) ? 10000 : 1
  // "八千" is already 8000; only Arabic bases take 千/万 as a multiplier.
  if (!/^\d/.test(m[1]!) && mult !== 1) return base * mult
  return Math.round(base * mult * 100) / 100
}

/** Every number in a text with its position, in order. Never throws. */
export const extractNumbers = (text: string): { value: number; index: number; raw: string }[] => {
  const out: { value: number; index: number; raw: string }[] = []
  const re = new RegExp(`${NUM_SRC}(?:[kK千wW万](?![${ZH_DIGITS}]))?`, 'g')
  for (const m of String(text ?? '').matchAll(re)) {
    const v = parseNumber(m[0])
    if (v !== undefined) out.push({ value: v, index: m.index ?? 0, raw: m[0] })
  }
  return out
}
