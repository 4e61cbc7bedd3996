import { describe, it, expect } from 'vitest'
import { calcWorkInjuryApplicationDeadline } from '../../../src/core/calc/work-injury-application-deadline'
import { ctxAt } from './load-param-table'

const ctx = ctxAt('2026-11-24')

describe('calcWorkInjuryApplicationDeadline', () => {
  it.each([
    // 工伤保险条例第十七条: employer 30 days, worker 1 year
    { accidentDate: '2026-11-01', employer: '2026-12-01', worker: '2027-11-01', daysLeft: 342 },
    { accidentDate: '2026-01-31', employer: '2026-03-02', worker: '2027-01-31', daysLeft: 68 },
    { accidentDate: '2024-02-29', employer: '2024-03-30', worker: '2025-02-28', daysLeft: -634 },
    { accidentDate: '2025-10-01', employer: '2025-10-31', worker: '2026-10-01', daysLeft: -54 },
    { accidentDate: '2026-12-31', employer: '2027-01-30', worker: '2027-12-31', daysLeft: 402 },
    { accidentDate: '2025-11-24', employer: '2025-12-24', worker: '2026-11-24', daysLeft: 0 },
  ])('$accidentDate → $worker', ({ accidentDate, employer, worker, daysLeft }) => {
    const r = calcWorkInjuryApplicationDeadline({ accidentDate }, ctx)
    expect(r.deadlines).toEqual({ employer, worker })
    expect(r.deadline).toBe(worker)
    expect(r.daysLeft).toBe(daysLeft)
    expect(r.basis).toEqual([{ law: '工伤保险条例', article: '第十七条' }])
  })
})
