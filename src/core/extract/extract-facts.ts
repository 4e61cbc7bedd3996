import { KNOWN_PLACE_NAMES } from '../calc/regions'
import { limitQuestion } from '../limits'
import { ALL_CALCULATORS } from '../calc/registry'
import { extractPerson } from './extract-person'
import type { PersonFacts } from './extract-person'
import { findDates } from './parse-date'
import type { FoundDate } from './parse-date'
import { findDurations } from './parse-duration'
import { findUnpaidAmount, findUnpaidMonths } from './parse-arrears'
import { NUM_SRC, parseNumber } from './parse-number'

/** Everything the extractor could read from one question; names match calculator inputs. */
export type QuestionFacts = {
  monthlyWage?: number
  contractWage?: number
  offeredPerYear?: number
  serviceMonths?: number
  startDate?: string
  endDate?: string
  disabilityGrade?: number
  dailyOvertimeHours?: number
  dailyWorkHours?: number
  weekdayHours?: number
  restDayHours?: number
  restDays?: number
  holidayHours?: number
  holidayDays?: number
  months?: number
  unusedDays?: number
  contributionYears?: number
  pensionYearsReceived?: number
  deathYear?: number
  eventDate?: string
  city?: string
  retired?: boolean
  probation?: boolean
  minimumWage?: number
  /**
   * Set when the service was said as 「3年多」「3个多月」: what was said, and that `serviceMonths`
   * is the least it can mean for the rules (3年多 → 37: any part of a year counts, 第四十七条).
   */
  serviceApprox?: { said: string; more: 'year' | 'month' }
  /** Facts a calculator reads itself (its `extract`), by input name. */
  more?: Record<string, unknown>
} & PersonFacts

const MONEY = `(${NUM_SRC}\\s*[kK千wW万]?)\\s*(?:元|块钱?|蚊|rmb|RMB)?`

const firstMoney = (text: string, patterns: RegExp[]): number | undefined => {
  for (const re of patterns) {
    const m = re.exec(text)
    if (m) {
      const v = parseNumber(m[1]!.replace(/\s+/g, ''))
      // A monthly wage below 100 CNY or above 10 million is not a wage; "工资3" is noise.
      if (v !== undefined && v >= 100 && v <= 10_000_000) return v
    }
  }
  return undefined
}

const WAGE_PATTERNS: RegExp[] = [
  new RegExp(
    `(?:月薪|月工资|月收入|月入|底薪|平均工资|每月工资|每个月工资|工资每月|工资每个月|一个月工资|工资)\\s*(?:是|为|有|:|：|大概|大约|约|才|只有|税前|税后|在)*\\s*${MONEY}`
  ),
  new RegExp(`(?:每个?月|一个月|月)\\s*(?:发|拿|给|是|有|挣|赚)?\\s*${MONEY}(?!\\s*[年天日号个])`),
  new RegExp(`${MONEY}\\s*(?:/|每|一)\\s*(?:个)?月(?!份)`),
  new RegExp(`发\\s*${MONEY}\\s*(?:的)?\\s*(?:工资|月薪)`),
  new RegExp(`${MONEY}\\s*(?:的)?\\s*(?:工资|月薪)`),
  new RegExp(`(?:实发|只发|发的是|实际发|到手|只给|发了)\\s*${MONEY}`),
]

const GRADE_RE = new RegExp(
  `(?:伤残|工伤|残疾|鉴定|评)\\s*(?:为|是|等级|定为|了)?\\s*[（(]?\\s*(${NUM_SRC})\\s*级|(${NUM_SRC})\\s*级\\s*(?:伤残|工伤|残疾)?`
)

const START_WORDS = /^.{0,6}?(入职|进入|进厂|进公司|进单位|开始|上班|到岗|来公司|参加工作|签)/
const END_WORDS =
  /^.{0,8}?(离职|辞退|被辞|解除|辞职|开除|结束|走了|离开|终止|裁员|炒|不干|不做|停工|截止|为止)/
const DEATH_WORDS = /(去世|逝世|死亡|病逝|病故|过世|身故|猝死|离世)/

// The patterns below are built once, here: none is global (no lastIndex), so sharing is safe, and
// building them in extractFacts cost every question a dozen template strings and RegExp objects.
const CONTRACT_WAGE_RE = new RegExp(
  `(?:签的?|合同(?:上|里)?(?:写的?|约定的?)?(?:是|为)?(?:工资|月薪)?(?:是|为)?)\\s*${MONEY}\\s*(?:的)?\\s*(?:劳动)?(?:合同|工资)?`
)
const OFFER_RE = new RegExp(
  `(?:按|每年|一年)\\s*${MONEY}\\s*(?:钱)?\\s*(?:一年|每年)?\\s*(?:工龄)?\\s*(?:补偿|赔偿)`
)
const ROUND_AMOUNT_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?\\s*[kKwW万千]|\\d{4,6})\\s*(?:元|块)?(?![年月日号天个小时岁级])`
)
const DEATH_THIS_YEAR = new RegExp(`今年.{0,6}${DEATH_WORDS.source}`)
const DEATH_LAST_YEAR = new RegExp(`去年.{0,6}${DEATH_WORDS.source}`)
const CONTRIBUTION_RE = new RegExp(
  `(?:缴费|交了?社保|社保交了?|社保缴了?|缴纳|参保|交了)\\s*(?:了)?\\s*(${NUM_SRC})\\s*(?:多)?年`
)
const PENSION_YEARS_RE = new RegExp(`(?:领了?|领取了?)\\s*(?:养老金|退休金)?\\s*(${NUM_SRC})\\s*年`)
const DAILY_OVERTIME_RE = new RegExp(
  `(?:每天|每日|天天|一天)\\s*(?:都)?\\s*(?:要)?\\s*加班\\s*(${NUM_SRC})\\s*(?:个)?\\s*(半)?\\s*(?:小时|钟|个钟)`
)
const DAILY_WORK_RE = new RegExp(
  `(?:每天|每日|一天)\\s*(?:工作|上班|干|做|呆在[^,。]{0,8}|在[^,。]{0,8})?\\s*(${NUM_SRC})\\s*(?:个)?\\s*(?:小时|钟|个钟)`
)
const OVERTIME_TOTAL_RE = new RegExp(
  `(?:加班|加了)\\s*(?:了|共|总共)?\\s*(${NUM_SRC})\\s*(?:个)?\\s*(?:小时|钟|个钟)`
)
const REST_DAYS_RE = new RegExp(
  `(?:周末|休息日|周六|周日|礼拜[六天日])\\s*(?:加班|上班|上了?)\\s*(?:了)?\\s*(${NUM_SRC})\\s*天`
)
const HOLIDAY_DAYS_RE = new RegExp(
  `(?:法定节假日|法定假日|节假日|春节|国庆|五一|元旦|中秋|端午|清明)\\s*(?:加班|上班|上了?)\\s*(?:了)?\\s*(${NUM_SRC})\\s*天`
)
const UNUSED_LEAVE_RE = new RegExp(
  `(?:年假|年休假)\\s*(?:还有|还剩|剩|剩下|没休|未休|没有休|有)?\\s*(?:了)?\\s*(${NUM_SRC})\\s*天|(${NUM_SRC})\\s*天\\s*(?:的)?\\s*(?:年假|年休假)`
)
const MINIMUM_WAGE_RE = new RegExp(`最低工资(?:标准)?\\s*(?:是|为)?\\s*${MONEY}`)

const classifyDates = (
  text: string,
  dates: FoundDate[]
): { start?: string; end?: string; other: FoundDate[] } => {
  let start: string | undefined
  let end: string | undefined
  const other: FoundDate[] = []
  dates.forEach((d, i) => {
    const after = text.slice(d.end, dates[i + 1]?.index ?? text.length)
    const before = text.slice(Math.max(0, d.index - 3), d.index)
    if (!start && START_WORDS.test(after)) start = d.iso
    else if (!end && (END_WORDS.test(after) || (/(到|至|-|~)\s*$/.test(before) && start)))
      end = d.iso
    else other.push(d)
  })
  // "从A到B" / "A至B" with no verbs: the first is the start, the second the end.
  if (
    !start &&
    !end &&
    other.length >= 2 &&
    /(到|至|-|~)/.test(text.slice(other[0]!.end, other[1]!.index))
  ) {
    start = other.shift()!.iso
    end = other.shift()!.iso
  }
  return { start, end, other }
}

/**
 * The place named first in the text; of two names at one position the longer, then
 * the one listed first. A loop, not map/filter/sort: this runs for every calculated question.
 */
const firstPlace = (text: string): string | undefined => {
  let best: string | undefined
  let bestAt = Infinity
  for (const p of KNOWN_PLACE_NAMES) {
    const at = text.indexOf(p)
    if (at >= 0 && (at < bestAt || (at === bestAt && p.length > best!.length))) {
      best = p
      bestAt = at
    }
  }
  return best
}

/**
 * Read the numbers a calculator needs from a normalised question (half-width, simplified, Cantonese
 * already mapped). `today` is YYYY-MM-DD in China. Never throws.
 */
export const extractFacts = (question: string, today: string): QuestionFacts => {
  // Only the first MAX_QUESTION_CHARS: the patterns below rescan runs of numerals from every
  // start (quadratic), so a 4,096-numeral Telegram reply would cost most of a second.
  const text = limitQuestion(String(question ?? ''))
    .text.replace(/，/g, ',')
    .replace(/\s+/g, ' ')
  const f: QuestionFacts = {}

  const contract = CONTRACT_WAGE_RE.exec(text)
  if (contract && /合同/.test(contract[0])) {
    const v = parseNumber(contract[1]!.replace(/\s+/g, ''))
    if (v !== undefined && v >= 100) f.contractWage = v
  }
  let wageText = text
  if (contract && f.contractWage !== undefined) wageText = text.replace(contract[0], ' ')
  const offer = OFFER_RE.exec(wageText)
  if (offer) {
    const v = parseNumber(offer[1]!.replace(/\s+/g, ''))
    if (v !== undefined) f.offeredPerYear = v
    wageText = wageText.replace(offer[0], ' ')
  }
  // 「欠了我2万工资」 is the total unpaid, not the monthly wage (the wage-arrears calculator reads it).
  const owed = findUnpaidAmount(wageText)
  if (owed) wageText = wageText.slice(0, owed.index) + ' ' + wageText.slice(owed.end)
  f.monthlyWage = firstMoney(wageText, WAGE_PATTERNS)
  if (f.monthlyWage === undefined && /(工资|薪|收入|人工)/.test(text)) {
    // Last resort: a round amount like 6k / 1.2万 / 8000元 anywhere in a wage question.
    const m = ROUND_AMOUNT_RE.exec(wageText)
    if (m) {
      const v = parseNumber(m[1]!.replace(/\s+/g, ''))
      if (v !== undefined && v >= 500 && v <= 1_000_000) f.monthlyWage = v
    }
  }

  const todayYear = Number(today.slice(0, 4))
  const dates = findDates(text, today)
  const { start, end, other } = classifyDates(text, dates)
  if (start) f.startDate = start
  if (end) f.endDate = end

  // Death year: a date followed by a death word, 今年/去年 + death word, or a bare year.
  const deathDate = dates.find((d) => DEATH_WORDS.test(text.slice(d.end, d.end + 8)))
  if (deathDate) {
    f.deathYear = Number(deathDate.iso.slice(0, 4))
    f.eventDate = deathDate.iso
  } else if (DEATH_THIS_YEAR.test(text)) f.deathYear = todayYear
  else if (DEATH_LAST_YEAR.test(text)) f.deathYear = todayYear - 1
  else {
    // A birth year (「1980年出生」) is not a death year.
    const bare = dates.find(
      (d) =>
        d.precision === 'year' && !/^\s*(出生|生的|生人|年?生)/.test(text.slice(d.end, d.end + 3))
    )
    if (bare) f.deathYear = Number(bare.iso.slice(0, 4))
  }
  if (!f.eventDate) {
    const ev = other.find((d) =>
      /^.{0,8}?(受伤|出事|工伤|发生|摔|砸|撞|诊断|被辞|辞退|欠|拖欠)/.test(
        text.slice(d.end, d.end + 10)
      )
    )
    if (ev) f.eventDate = ev.iso
    else if (other.length === 1 && !start && !end && other[0]!.precision === 'day')
      f.eventDate = other[0]!.iso
  }

  // Service length: prefer durations tied to work words; skip "还有两年退休", ages, contribution years,
  // and the months of unpaid wages (「两个月没发工资」 is arrears, not two months of service).
  const arrears = findUnpaidMonths(text)
  const durations = findDurations(text).filter((d) => {
    if (arrears && d.index >= arrears.index && d.index < arrears.end) return false
    const after = text.slice(d.end, d.end + 4)
    const before = text.slice(Math.max(0, d.index - 6), d.index)
    return (
      !/^(就?退休|后|以后|之后|内|前|岁|的?平均|的?工资|工龄补偿|补偿|赔偿)/.test(after) &&
      !/(还有|还差|再过|缴费|交了?社保|社保交了?|缴纳|参保|交了|领了|领取|上年|前|最近|过去|钱|块|元|怀孕|孕|产假|哺乳)\s*$/.test(
        before
      )
    )
  })
  const contrib = CONTRIBUTION_RE.exec(text)
  if (contrib) {
    const v = parseNumber(contrib[1]!)
    if (v !== undefined && v <= 60) f.contributionYears = v
  }
  const pension = PENSION_YEARS_RE.exec(text)
  if (pension) {
    const v = parseNumber(pension[1]!)
    if (v !== undefined && v <= 60) f.pensionYearsReceived = v
  }
  const serviceDur = durations.find(
    (d) => !/(实习|试用|长达|加班)\s*$/.test(text.slice(Math.max(0, d.index - 3), d.index))
  )
  if (serviceDur) {
    // 「3年多」 is at least 3 years and a month: the remainder counts as half a month (第四十七条),
    // so reading it as 36 would cut the least severance due. The answer says how it was read.
    f.serviceMonths = serviceDur.months + (serviceDur.more === 'year' ? 1 : 0)
    if (serviceDur.more) f.serviceApprox = { said: serviceDur.raw.trim(), more: serviceDur.more }
  }
  const longFor = durations.find((d) =>
    /(长达|连续|持续)\s*$/.test(text.slice(Math.max(0, d.index - 3), d.index))
  )
  if (longFor) f.months = longFor.months

  const grade = GRADE_RE.exec(text)
  if (grade && /(伤残|工伤|残|鉴定)/.test(text)) {
    const v = parseNumber(grade[1] ?? grade[2] ?? '')
    if (v !== undefined && Number.isInteger(v) && v >= 1 && v <= 10) f.disabilityGrade = v
  }

  const daily = DAILY_OVERTIME_RE.exec(text)
  if (daily) {
    const v = parseNumber(daily[1]!)
    if (v !== undefined) f.dailyOvertimeHours = v + (daily[2] ? 0.5 : 0)
  }
  const dailyWork = DAILY_WORK_RE.exec(text)
  if (!daily && dailyWork) {
    const v = parseNumber(dailyWork[1]!)
    if (v !== undefined && v <= 24) f.dailyWorkHours = v
  }
  const total = OVERTIME_TOTAL_RE.exec(text)
  if (total && !daily) {
    const v = parseNumber(total[1]!)
    const ctx = text.slice(Math.max(0, total.index - 8), total.index)
    if (v !== undefined) {
      if (/(周末|休息日|星期六|星期日|周六|周日|礼拜)/.test(ctx)) f.restDayHours = v
      else if (/(节假日|法定|春节|国庆|过年|五一|元旦|中秋|端午|清明)/.test(ctx)) f.holidayHours = v
      else f.weekdayHours = v
    }
  }
  const restDays = REST_DAYS_RE.exec(text)
  if (restDays) f.restDays = parseNumber(restDays[1]!)
  const chuRange = /初([一二三四五六七八九十])\s*(?:到|至|-)\s*初([一二三四五六七八九十])/.exec(
    text
  )
  if (chuRange && /(春节|过年|初)/.test(text)) {
    const a = parseNumber(chuRange[1]!)
    const b = parseNumber(chuRange[2]!)
    // 初一–初三 are statutory holidays; later days are usually shifted rest days (not 300 %).
    if (a !== undefined && b !== undefined && b >= a)
      f.holidayDays = Math.min(b, 3) - Math.min(a, 4) + 1
  } else {
    const hol = HOLIDAY_DAYS_RE.exec(text)
    if (hol) f.holidayDays = parseNumber(hol[1]!)
  }

  const unused = UNUSED_LEAVE_RE.exec(text)
  if (unused) f.unusedDays = parseNumber(unused[1] ?? unused[2] ?? '')

  const place = firstPlace(text)
  if (place) f.city = place

  if (
    /退休/.test(text) &&
    /(退休(人员|职工|后|了)|已经退休|退休.{0,4}(去世|逝世|死亡|病逝))/.test(text)
  )
    f.retired = true
  if (/试用期?/.test(text)) f.probation = true

  const minw = MINIMUM_WAGE_RE.exec(text)
  if (minw) {
    const v = parseNumber(minw[1]!.replace(/\s+/g, ''))
    if (v !== undefined && v >= 500) f.minimumWage = v
    if (f.monthlyWage === f.minimumWage) delete f.monthlyWage
  }

  Object.assign(f, extractPerson(text, today))
  const more: Record<string, unknown> = {}
  for (const c of ALL_CALCULATORS) if (c.extract) Object.assign(more, c.extract(text))
  if (Object.keys(more).length) f.more = more
  for (const k of Object.keys(f) as (keyof QuestionFacts)[]) if (f[k] === undefined) delete f[k]
  return f
}
