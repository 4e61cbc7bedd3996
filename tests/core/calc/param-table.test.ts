import { describe, it, expect } from 'vitest'
import { lookupParam, lookupParamOn, parseParamTable } from '../../../src/core/calc/param-table'
import { loadParamTable } from './load-param-table'

const good = {
  name: 'minimumWage',
  region: 'guangzhou',
  year: 2025,
  value: 2500,
  unit: 'CNY/month',
  effectiveFrom: '2025-03-01',
  basis: 'x',
  source: 'y',
  confidence: 'likely',
  factId: 'B.gd.minwage.2025',
}

describe('parseParamTable', () => {
  it('parses knowledge/params.yaml', () => {
    expect(loadParamTable().entries.length).toBeGreaterThan(10)
  })

  it.each([
    // fact sheet rule 2: unverified figures never enter the table
    [
      { ...good, confidence: 'unverified' },
      /entries\[0\] \(minimumWage \/ guangzhou \/ 2025\)\.confidence/,
    ],
    [{ ...good, value: null }, /entries\[0\].*value/],
    [{ ...good, name: 'foo' }, /entries\[0\] \(foo/],
    [{ ...good, effectiveFrom: '2025-13-01' }, /effectiveFrom/],
  ])('rejects a bad entry and names it', (entry, message) => {
    expect(() => parseParamTable({ updated: '2026-11-24', entries: [entry] })).toThrow(message)
  })

  it('rejects duplicates', () => {
    expect(() => parseParamTable({ updated: '2026-11-24', entries: [good, good] })).toThrow(
      /duplicates entries\[0\]/
    )
  })
})

describe('lookupParam', () => {
  const t = loadParamTable()
  it.each([
    ['provinceUrbanDisposableIncome', 'guangdong', 2022, 56905.3],
    ['nationalUrbanDisposableIncome', 'national', 2024, 54188],
    ['provinceUrbanDisposableIncome', 'guangdong', 2024, undefined], // unverified → absent, no fallback
    ['nationalUrbanDisposableIncome', 'national', 2026, undefined],
  ] as const)('%s %s %s → %s', (name, region, year, value) => {
    const r = lookupParam(t, name, region, year)
    expect(r.found ? r.entry.value : undefined).toBe(value)
    if (!r.found) expect(r.reason).toContain(String(year))
  })

  it.each([
    ['guangzhou', '2025-02-28', undefined],
    ['guangzhou', '2025-03-01', 2500],
    ['guangzhou', '2026-08-31', 2500],
    ['guangzhou', '2026-09-01', 2680],
    ['shaoguan', '2026-08-31', undefined],
    // 粤府函〔2026〕188号: tier 3 from 2026-09-01
    ['shaoguan', '2026-09-01', 2040],
  ] as const)('minimum wage %s on %s → %s', (region, date, value) => {
    const r = lookupParamOn(t, 'minimumWage', region, date)
    expect(r.found ? r.entry.value : undefined).toBe(value)
  })
})
