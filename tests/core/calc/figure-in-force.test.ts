import { describe, expect, it } from 'vitest'
import { figureInForce, staleFigures } from '../../../src/core/calc/figure-in-force'
import type { ParamEntry, ParamTable } from '../../../src/core/calc/param-table'
import { loadParamTable } from './load-param-table'

const table = loadParamTable()

const entry = (over: Partial<ParamEntry>): ParamEntry => ({
  name: 'minimumWage',
  region: 'testcity',
  year: 2025,
  value: 1000,
  unit: 'CNY/month',
  basis: 'test',
  source: 'test',
  confidence: 'verified',
  factId: 'T',
  ...over,
})

describe('figureInForce (issue 14 item 9: lead with the figure in force on the day asked)', () => {
  it.each([
    // 粤府函〔2026〕188号 from 2026-09-01; the 2025 rate is history
    { date: '2026-12-06', current: 2680, previous: 2500, next: undefined },
    // the last day of the 2025 rate: 2026 is announced, not yet in force
    { date: '2026-08-31', current: 2500, previous: undefined, next: 2680 },
    { date: '2026-09-01', current: 2680, previous: 2500, next: undefined },
  ])('Guangzhou minimum wage on $date → $current', ({ date, current, previous, next }) => {
    const f = figureInForce(table, 'minimumWage', 'guangzhou', date)
    expect(f.current?.value).toBe(current)
    expect(f.previous?.value).toBe(previous)
    expect(f.next?.value).toBe(next)
    expect(f.expired).toBe(false)
  })

  it('statistics: the latest published year by the date, not the latest year in the table', () => {
    // the 2025 national figure was published 2026-01-19
    expect(
      figureInForce(table, 'nationalUrbanDisposableIncome', 'national', '2026-01-18').current?.year
    ).toBe(2024)
    expect(
      figureInForce(table, 'nationalUrbanDisposableIncome', 'national', '2026-12-06').current?.year
    ).toBe(2025)
  })

  it('marks a figure past its validTo as expired (its successor is due but missing)', () => {
    const f = figureInForce(table, 'provinceUrbanDisposableIncome', 'guangdong', '2026-12-06')
    expect(f.current?.year).toBe(2023)
    expect(f.expired).toBe(true)
  })

  it('has nothing to lead with before the first figure', () => {
    const f = figureInForce(table, 'minimumWage', 'guangzhou', '2020-01-01')
    expect(f.current).toBeUndefined()
  })
})

describe('staleFigures (issue 14 item 11)', () => {
  const t: ParamTable = {
    updated: '2026-12-06',
    entries: [
      entry({ year: 2024, validFrom: '2024-01-01', validTo: '2024-12-31' }),
      entry({ year: 2025, validFrom: '2025-01-01', validTo: '2025-12-31' }),
      entry({ region: 'fresh', year: 2026, validFrom: '2026-01-01', validTo: '2027-12-31' }),
    ],
  }
  it('lists a series only when its newest entry is past validTo', () => {
    expect(staleFigures(t, '2026-06-01').map((e) => `${e.region}/${e.year}`)).toEqual([
      'testcity/2025',
    ])
    expect(staleFigures(t, '2025-06-01')).toEqual([])
  })
  it('the real table: Guangdong income 2023 is overdue on 2026-12-06', () => {
    const stale = staleFigures(table, '2026-12-06').map((e) => `${e.name}/${e.region}/${e.year}`)
    expect(stale).toContain('provinceUrbanDisposableIncome/guangdong/2023')
    expect(stale).not.toContain('minimumWage/guangzhou/2026')
  })
})
