import fc from 'fast-check'
import { describe, it, expect } from 'vitest'
import { calculateFromQuestion } from '../../../src/core/extract/calculate-from-question'
import { extractFacts } from '../../../src/core/extract/extract-facts'
import { findDurations } from '../../../src/core/extract/parse-duration'
import { findUnpaidMonths } from '../../../src/core/extract/parse-arrears'
import { loadParamTable } from '../calc/load-param-table'

const TODAY = '2026-12-06'
const ctx = { topics: [], today: new Date('2026-12-06T04:00:00Z'), table: loadParamTable() }
const ZH = ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一']
/** 1–11 written either way, as a worker would type it. */
const count = fc
  .integer({ min: 1, max: 11 })
  .chain((n) => fc.constantFrom(String(n), ZH[n - 1]!).map((text) => ({ n, text })))
// Ways of saying "N months of wages unpaid" (own phrasings, not from any labelled set).
const ARREARS = [
  (c: string) => `${c}个月没发工资`,
  (c: string) => `${c}个月都没拿到工资`,
  (c: string) => `老板拖欠了${c}个月工资`,
  (c: string) => `工资已经拖了${c}个月`,
  (c: string) => `${c}个月的工资还没发`,
]

describe('months of unpaid wages are arrears, not service (issue 14)', () => {
  it.each([
    ['两个月没发工资了，月薪6000', 2, undefined],
    ['老板三个月没发工资，我在这干了两年', 3, 24],
    ['工资拖了两个月，做了一年', 2, 12],
    ['欠了我两个半月工资，入职五年', 2.5, 60],
    ['已经有4个月工资没发', 4, undefined],
  ])('%s → unpaid %s, service %s', (q, unpaid, service) => {
    const f = extractFacts(q, TODAY)
    expect(f.more?.['unpaidMonths']).toBe(unpaid)
    expect(f.serviceMonths).toBe(service)
  })

  it('property: any phrasing of N unpaid months, with or without a service length', () => {
    fc.assert(
      fc.property(
        count,
        fc.constantFrom(...ARREARS),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        fc.boolean(),
        ({ n, text }, say, years, serviceFirst) => {
          const arrears = say(text)
          const service = years === undefined ? '' : `我在厂里干了${years}年`
          const q = serviceFirst ? `${service}，${arrears}` : `${arrears}，${service}`
          const f = extractFacts(q, TODAY)
          expect(f.more?.['unpaidMonths']).toBe(n)
          expect(f.serviceMonths).toBe(years === undefined ? undefined : years * 12)
        }
      ),
      { numRuns: 300, seed: 14 }
    )
  })

  it('a service length is never read as arrears', () => {
    expect(findUnpaidMonths('我在这里干了两个月，工资6000')).toBeUndefined()
    expect(findUnpaidMonths('试用期三个月，工资发了')).toBeUndefined()
  })

  it('a two-month arrears story is a wage-arrears calculation of 2 months', () => {
    expect(calculateFromQuestion('两个月没发工资了，月薪6000，怎么办', ctx)).toMatchObject({
      calculator: 'wage-arrears',
      amount: 12000,
    })
  })
})

describe('a total of unpaid wages is the arrears, not the monthly wage (issue 14)', () => {
  it.each<[string, number | undefined, number | undefined]>([
    ['老板欠了我2万工资，怎么办', 20000, undefined],
    ['公司拖欠工资一共15000元，我月薪5000', 15000, 5000],
    ['月薪5000，工资被拖欠了3万多', 30000, 5000],
    ['欠了3个月工资，月薪5000', undefined, 5000],
    ['拖欠工资，月薪8000', undefined, 8000],
  ])('%s → owed %s, wage %s', (q, owed, wage) => {
    const f = extractFacts(q, TODAY)
    expect(f.more?.['unpaidAmount']).toBe(owed)
    expect(f.monthlyWage).toBe(wage)
  })

  it('property: 欠了我X元工资 never becomes a monthly wage of X', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }).map((n) => n * 500),
        fc.constantFrom(
          (x: number) => `老板欠了我${x}元工资`,
          (x: number) => `拖欠工资一共${x}元`,
          (x: number) => `工资被拖欠了${x}块`
        ),
        fc.option(
          fc.integer({ min: 3, max: 30 }).map((n) => n * 1000),
          { nil: undefined }
        ),
        (x, say, wage) => {
          const q = say(x) + (wage === undefined ? '' : `，我月薪${wage}`)
          const f = extractFacts(q, TODAY)
          expect(f.more?.['unpaidAmount']).toBe(x)
          expect(f.monthlyWage).toBe(wage)
        }
      ),
      { numRuns: 200, seed: 14 }
    )
  })

  it('a wage-arrears calculation of the total owed, asking for the wage to price N', () => {
    const r = calculateFromQuestion('老板欠了我2万工资，干了两年，怎么办', ctx)
    expect(r).toMatchObject({ calculator: 'wage-arrears', amount: 20000 })
    const n = (r as { parts: { label: string; condition: string }[] }).parts[0]!
    expect(n.condition).toContain('告诉我你的月工资')
  })
})

describe('「3年多」: the least the words can mean, and the answer says so (issue 14)', () => {
  it.each([
    ['干了3年多', 37, 'year'],
    ['做了十多年', 121, 'year'],
    ['工作两年多个月', 25, 'year'],
    ['干了3个多月', 3, 'month'],
    ['干了三年', 36, undefined],
    // 多少 asks a question; it is not "more than".
    ['工作3年多少补偿', 36, undefined],
  ])('%s → %s months (%s)', (q, months, more) => {
    const f = extractFacts(q, TODAY)
    expect(f.serviceMonths).toBe(months)
    expect(f.serviceApprox?.more).toBe(more)
  })

  it('property: X年多 is more than X years and less than X+1 for every X', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (x) => {
        const [d] = findDurations(`干了${x}年多`)
        expect(d).toMatchObject({ months: x * 12, more: 'year' })
        const f = extractFacts(`干了${x}年多`, TODAY)
        expect(f.serviceMonths).toBeGreaterThan(x * 12)
        expect(f.serviceMonths).toBeLessThan(x * 12 + 6)
      }),
      { numRuns: 40, seed: 14 }
    )
  })

  it('severance: 3年多 gives 3.5 months (any remainder counts half a month) and says how it read', () => {
    const r = calculateFromQuestion('月薪8000，干了3年多，公司裁员，经济补偿多少', ctx)
    expect(r).toMatchObject({ calculator: 'severance', amount: 28000 })
    const warnings = (r as { warnings: string[] }).warnings
    expect(warnings[0]).toContain('「3年多」按3年零几个月')
    expect(warnings[0]).toContain('请告诉我具体几年几个月')
  })

  it('no note when the service is exact', () => {
    const r = calculateFromQuestion('月薪8000，干了3年，公司裁员，经济补偿多少', ctx)
    expect(r).toMatchObject({ calculator: 'severance', amount: 24000 })
    expect((r as { warnings: string[] }).warnings.join()).not.toContain('按3年零几个月')
  })
})
