import { NUM_SRC, parseNumber } from './parse-number'

/** Months of unpaid wages found in a question, with where they were said. */
export type FoundArrears = { months: number; index: number; end: number }

const PAY = '(?:工资|薪水|薪资|人工|工钱)'
const NOT_PAID = '(?:没发|没有发|不发|未发|没给|不给|没结|没拿到|拿不到|拖欠|还没发|欠着)'

// Each pattern: group 1 the count, group 2 「半」 (两个半月). Order matters: the first match wins.
const UNPAID_MONTHS: RegExp[] = [
  // 拖欠了3个月工资, 欠了我两个半月的工资
  new RegExp(
    `(?:拖欠|欠|没发|没有发|不发|未发|拖)了?\\s*(?:我|我们)?\\s*(${NUM_SRC})\\s*个?(半)?\\s*月(?:的)?\\s*${PAY}`
  ),
  // 工资拖了两个半月, 工资已经欠了3个月
  new RegExp(
    `${PAY}\\s*(?:已经|都|被)?\\s*(?:拖欠|欠|没发|拖|压)了?\\s*(?:我)?\\s*(${NUM_SRC})\\s*个?(半)?\\s*月`
  ),
  // 3个月的工资没发, 两个月工资还没给
  new RegExp(`(${NUM_SRC})\\s*个?(半)?\\s*月(?:的)?\\s*${PAY}\\s*(?:都|也|一直)?\\s*${NOT_PAID}`),
  // 两个月没发工资, 三个月都没拿到工资 (the normaliser turns 没发工资 into 拖欠工资): the months
  // are the arrears, not the service (issue 14).
  new RegExp(
    `(${NUM_SRC})\\s*个(半)?\\s*月\\s*(?:了)?\\s*(?:都|一直|也|还)?\\s*(?:(?:没有?|不|未)\\s*(?:发|给|结|拿到)\\s*(?:过)?|拖欠|欠)\\s*${PAY}`
  ),
]

/**
 * 「拖欠了3个月工资」「工资拖了两个半月」「两个月没发工资」 → 3 / 2.5 / 2 months unpaid, with the
 * span, so the extractor does not also read it as length of service. Undefined when none.
 */
export const findUnpaidMonths = (text: string): FoundArrears | undefined => {
  for (const re of UNPAID_MONTHS) {
    const m = re.exec(text)
    const n = m ? parseNumber(m[1]!) : undefined
    if (m && n !== undefined && n > 0 && n <= 120)
      return { months: n + (m[2] ? 0.5 : 0), index: m.index, end: m.index + m[0].length }
  }
  return undefined
}

/** A total of unpaid wages found in a question (CNY), with where it was said. */
export type FoundArrearsAmount = { amount: number; index: number; end: number }

const AMOUNT = `(${NUM_SRC}\\s*[kK千wW万]?)\\s*多?\\s*(?:元|块钱?)?`
const TOTAL = '(?:一共|总共|共|合计|累计|大概|大约|约)?'
const UNPAID_AMOUNT: RegExp[] = [
  // 欠了我2万工资, 拖欠工资一共15000元, 欠薪8000
  new RegExp(
    `(?:拖欠|欠|没发|差)了?\\s*(?:我|我们)?\\s*(?:的)?\\s*(?:工资|薪水|工钱|人工|薪)?\\s*${TOTAL}\\s*${AMOUNT}`,
    'g'
  ),
  // 工资被拖欠了3万多, 工钱欠了五千
  new RegExp(
    `${PAY}\\s*(?:被|已经|还)?\\s*(?:拖欠|欠|拖)了?\\s*(?:我)?\\s*${TOTAL}\\s*${AMOUNT}`,
    'g'
  ),
]

/**
 * 「欠了我2万工资」「拖欠工资一共15000元」 → the total unpaid (20000 / 15000), with the span, so
 * the extractor does not read it as the monthly wage. Amounts under 100 CNY are months or noise
 * (「欠了3个月工资」), not a total. Undefined when none.
 */
export const findUnpaidAmount = (text: string): FoundArrearsAmount | undefined => {
  for (const re of UNPAID_AMOUNT)
    for (const m of text.matchAll(re)) {
      // 「欠了3个月」: a count of months is not an amount of money.
      if (/^\s*多?\s*个?\s*(?:半)?\s*月/.test(text.slice(m.index + m[0].length))) continue
      const v = parseNumber(m[1]!.replace(/\s+/g, ''))
      if (v !== undefined && v >= 100 && v <= 100_000_000)
        return { amount: v, index: m.index, end: m.index + m[0].length }
    }
  return undefined
}
