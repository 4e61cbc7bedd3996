import { describe, expect, it } from 'vitest'
import { runCalculator } from '../../../src/core/calc/registry'
import {
  DATE_ORDER_MESSAGE,
  START_AFTER_TODAY_WARNING,
} from '../../../src/core/calc/service-length'
import { ctxAt } from './load-param-table'

const { table, today } = ctxAt()

describe('date pairs: endDate before startDate is invalid input, not 0', () => {
  it.each([
    // 劳动合同法第四十七条: service counted from startDate to endDate
    ['severance', { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2023-05-01' }],
    // 第八十七条: 2N uses the same span
    ['illegal-termination', { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2024-04-30' }],
    // 第四十条: N+1
    [
      'notice-pay',
      { monthlyWage: 8000, startDate: '2025-01-02', endDate: '2025-01-01', lastMonthWage: 8000 },
    ],
    // 第八十二条: the double-wage span
    [
      'double-wage-no-contract',
      { monthlyWage: 6000, startDate: '2025-06-01', endDate: '2025-03-01' },
    ],
    // 人社部发〔2021〕18号: service as contribution years
    ['non-work-death', { deathYear: 2025, startDate: '2020-01-01', endDate: '2019-12-31' }],
  ])('%s rejects %o with a clear message', (name, input) => {
    const run = runCalculator(name, input, table, today)
    expect(run.ok).toBe(false)
    if (run.ok) return
    expect(run.error).toBe('invalid-params')
    if (run.error !== 'invalid-params') return
    expect(run.message).toContain('endDate')
    expect(run.message).toContain(DATE_ORDER_MESSAGE)
  })

  it.each([
    // one day of service is still service: half a month (第四十七条, under six months)
    ['severance', { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2024-05-01' }, 4000],
    [
      'illegal-termination',
      { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2024-05-01' },
      8000,
    ],
    ['notice-pay', { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2024-05-01' }, 12000],
    // under one month: the grace month, nothing extra (第八十二条)
    [
      'double-wage-no-contract',
      { monthlyWage: 6000, startDate: '2025-06-01', endDate: '2025-06-01' },
      0,
    ],
  ])('%s accepts equal dates %o → %d', (name, input, amount) => {
    const run = runCalculator(name, input, table, today)
    expect(run.ok).toBe(true)
    if (run.ok && 'amount' in run.result) expect(run.result.amount).toBe(amount)
  })

  it('the CLI path says so too', () => {
    const run = runCalculator(
      'severance',
      { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2023-05-01' },
      table,
      today
    )
    expect(run).toMatchObject({ ok: false, error: 'invalid-params' })
  })
})

describe('a start date after today with no end date (the schema has no clock)', () => {
  it.each([
    ['severance', { monthlyWage: 8000, startDate: '2027-01-01' }],
    ['illegal-termination', { monthlyWage: 8000, startDate: '2027-01-01' }],
    ['double-wage-no-contract', { monthlyWage: 6000, startDate: '2027-01-01' }],
  ])('%s %o: amount 0 and a warning saying why', (name, input) => {
    const run = runCalculator(name, input, table, today)
    expect(run.ok).toBe(true)
    if (!run.ok || !('amount' in run.result)) return
    expect(run.result.amount).toBe(0)
    expect(run.result.warnings).toContain(START_AFTER_TODAY_WARNING)
  })

  it('a start date before today gets no such warning', () => {
    const run = runCalculator(
      'severance',
      { monthlyWage: 8000, startDate: '2024-01-01' },
      table,
      today
    )
    expect(run.ok && 'warnings' in run.result && run.result.warnings).not.toContain(
      START_AFTER_TODAY_WARNING
    )
  })
})
