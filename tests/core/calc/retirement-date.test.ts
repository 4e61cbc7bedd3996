import { describe, expect, it } from 'vitest'
import {
  calcRetirementDate,
  minContributionYears,
  RetirementDateInputSchema,
  retirementDelayMonths,
} from '../../../src/core/calc/retirement-date'
import { calculateFromQuestion } from '../../../src/core/extract/calculate-from-question'
import { extractFacts } from '../../../src/core/extract/extract-facts'
import { parseParamValue } from '../../../src/core/extract/parse-param-value'
import { ctxAt } from './load-param-table'

const ctx = ctxAt('2026-12-06')
const run = (birthMonth: string, category: 'male' | 'female-50' | 'female-55', endDate?: string) =>
  calcRetirementDate(
    RetirementDateInputSchema.parse({ birthMonth, category, ...(endDate ? { endDate } : {}) }),
    ctx
  )

describe('calcRetirementDate: 国务院关于渐进式延迟法定退休年龄的办法 第一条 (from 2025-01-01)', () => {
  // Lookup examples published as matching the 电子社保卡 “退休年龄测算” results (birth month →
  // statutory retirement month), cross-checked against the rule: one month of delay per four
  // birth months (men 60→63, women 55→58) or per two (women 50→55).
  it.each([
    ['1965-01', 'male', '2025-02', '60岁1个月'],
    ['1965-12', 'male', '2026-03', '60岁3个月'],
    ['1966-01', 'male', '2026-05', '60岁4个月'],
    ['1975-06', 'male', '2038-02', '62岁8个月'],
    ['1976-12', 'male', '2039-12', '63岁'], // the last cohort with a delay of its own: 36 months
    ['1988-09', 'male', '2051-09', '63岁'],
    ['1964-12', 'male', '2024-12', '60岁'], // retired before the reform: unchanged
    ['1970-01', 'female-55', '2025-02', '55岁1个月'],
    ['1970-06', 'female-55', '2025-08', '55岁2个月'],
    ['1970-09', 'female-55', '2025-12', '55岁3个月'],
    ['1971-04', 'female-55', '2026-08', '55岁4个月'],
    ['1971-06', 'female-55', '2026-11', '55岁5个月'],
    ['1988-09', 'female-55', '2046-09', '58岁'],
    ['1975-01', 'female-50', '2025-02', '50岁1个月'],
    ['1975-06', 'female-50', '2025-09', '50岁3个月'],
    ['1976-06', 'female-50', '2027-03', '50岁9个月'],
    ['1977-01', 'female-50', '2028-02', '51岁1个月'],
    ['1984-11', 'female-50', '2039-11', '55岁'], // 60 months: the full five years
    ['1995-12', 'female-50', '2050-12', '55岁'],
    ['1974-12', 'female-50', '2024-12', '50岁'],
  ] as const)('%s %s → %s (%s)', (birth, category, month, age) => {
    const r = run(birth, category)
    expect(r.values?.retirementMonth).toBe(month)
    expect(r.headline).toContain(`法定退休年龄${age}，`)
    expect(r.amount).toBeNull()
  })

  it('delay grows by one month per pace of birth months and stops at the cap', () => {
    // 1965-01..04 → 1, 1965-05 → 2 (men); 1975-01..02 → 1, 1975-03 → 2 (women 50)
    expect([1, 4, 5].map((m) => retirementDelayMonths('male', 1965, m))).toEqual([1, 1, 2])
    expect([1, 2, 3].map((m) => retirementDelayMonths('female-50', 1975, m))).toEqual([1, 1, 2])
    expect(retirementDelayMonths('male', 1976, 9)).toBe(36)
    expect(retirementDelayMonths('female-55', 1990, 1)).toBe(36)
    expect(retirementDelayMonths('female-50', 1984, 12)).toBe(60)
  })

  it.each([
    // 办法第二条: 15 years until 2029, then +6 months a year from 2030, 20 years from 2039
    [2025, 15],
    [2029, 15],
    [2030, 15.5],
    [2031, 16],
    [2035, 18],
    [2039, 20],
    [2050, 20],
  ])('minimum contribution for retiring in %i: %s years', (year, years) => {
    expect(minContributionYears(year)).toBe(years)
  })

  it('shows the minimum contribution for the retirement year', () => {
    expect(run('1975-06', 'male').headline).toContain('最少缴费19年6个月') // retires 2038-02
    expect(run('1970-06', 'female-55').headline).toMatch(/最少缴费15年$/) // retires 2025-08
    expect(run('1971-06', 'male').headline).toMatch(/2033年2月退休；按月领养老金最少缴费17年$/)
  })

  it('an age-based termination before the statutory month is unlawful (2N or reinstatement)', () => {
    const early = run('1966-03', 'male', '2026-05-31') // statutory: 60岁4个月 → 2026-07
    expect(early.values?.retirementMonth).toBe('2026-07')
    expect(early.warnings.join()).toMatch(/违法终止.*2N/)
    expect(early.basis).toContainEqual({ law: '劳动合同法', article: '第八十七条' })
    const due = run('1966-03', 'male', '2026-07-15')
    expect(due.warnings).toEqual([])
    expect(due.basis).toContainEqual({ law: '劳动合同法实施条例', article: '第二十一条' })
  })

  it('rejects a malformed birth month', () => {
    expect(
      RetirementDateInputSchema.safeParse({ birthMonth: '1971-13', category: 'male' }).success
    ).toBe(false)
  })
})

describe('retirement-date inputs from words', () => {
  it.each([
    ['我是1966年3月出生的男职工', { birthMonth: '1966-03', retirementCategory: 'male' }],
    ['女工人，1975年6月生的', { birthMonth: '1975-06', retirementCategory: 'female-50' }],
    [
      '出生于1972年10月，原来55岁退休的女干部',
      { birthMonth: '1972-10', retirementCategory: 'female-55' },
    ],
  ])('%s', (text, expected) => {
    expect(extractFacts(text, '2026-12-06')).toMatchObject(expected)
  })

  it.each([
    ['category', '男', 'male'],
    ['category', '女（原50岁退休）', 'female-50'],
    ['category', '女的，管理岗', 'female-55'],
    ['birthMonth', '1971年5月', '1971-05'],
  ])('reply for %s: %s', (param, reply, value) => {
    expect(parseParamValue(param, reply, '2026-12-06')).toEqual({ [param]: value })
  })

  it('a bare year or an unclear sex is asked again', () => {
    expect(parseParamValue('birthMonth', '1971年', '2026-12-06')).toBeUndefined()
    expect(parseParamValue('category', '女', '2026-12-06')).toBeUndefined()
  })
})

describe('a birth year is not a death year', () => {
  it('「1980年出生的女职工几岁退休」 gives no deathYear', () => {
    expect(extractFacts('1980年出生的女职工几岁退休', '2026-12-06').deathYear).toBeUndefined()
    expect(extractFacts('父亲2023年去世', '2026-12-06').deathYear).toBe(2023)
  })
})

describe('retirement-age terminations are compared with the statutory month', () => {
  it('「到了退休年龄要辞退我」 with the birth month: the date and the 2N warning', () => {
    const r = calculateFromQuestion('公司说我到了退休年龄要辞退我，我是1966年3月出生的男职工', {
      topics: [],
      today: ctx.today,
      table: ctx.table,
    })
    if (!r || !('amount' in r)) throw new Error('expected a result')
    expect(r.calculator).toBe('retirement-date')
    expect(r.headline).toContain('2026年7月退休')
    expect(r.warnings.join()).toMatch(/2026年7月之前.*违法终止.*2N/)
  })

  it('asks for the category when the question does not say it', () => {
    const r = calculateFromQuestion('1971年5月出生的，什么时候能退休', {
      topics: [],
      today: ctx.today,
      table: ctx.table,
    })
    expect(r && 'missing' in r ? r.missing : r).toEqual(['category'])
  })
})
