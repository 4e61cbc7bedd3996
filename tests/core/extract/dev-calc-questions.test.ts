import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, it, expect } from 'vitest'
import { buildCalculatorInput } from '../../../src/core/extract/calculate-from-question'
import { chooseCalculator } from '../../../src/core/extract/choose-calculator'
import { extractFacts } from '../../../src/core/extract/extract-facts'
import type { CalculatorName } from '../../../src/core/calc/types'

type Row = { q: string; calculator: CalculatorName; params: Record<string, unknown> }

const rows: Row[] = readFileSync(
  fileURLToPath(new URL('../../fixtures/calc/dev-calc-questions.jsonl', import.meta.url)),
  'utf8'
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row)

// The eval set's names → ours (value mapped too). Names with no counterpart are not scored.
const RENAME: Record<string, (v: unknown) => [string, unknown]> = {
  years: (v) => ['serviceMonths', Number(v) * 12],
  holidayOvertimeDays: (v) => ['holidayDays', v],
  hoursPerDay: (v) => ['dailyWorkHours', v],
  year: (v) => ['deathYear', v],
}
const UNSCORED = new Set(['multiplier', 'dependentChildren', 'childAges'])

const TODAY = '2026-11-24'

const matches = (key: string, want: unknown, got: unknown): boolean => {
  if (
    (key === 'startDate' || key === 'endDate') &&
    typeof want === 'string' &&
    typeof got === 'string'
  )
    return want.length === 10
      ? got === want
      : want.length === 7 && /^\d{4}/.test(want)
        ? got.startsWith(want)
        : got.endsWith(want)
  return JSON.stringify(want) === JSON.stringify(got)
}

const score = (row: Row) => {
  const facts = extractFacts(row.q, TODAY)
  const built = buildCalculatorInput(row.calculator, facts).input
  const got: Record<string, unknown> = { ...facts, ...built }
  const results = Object.entries(row.params)
    .filter(([k]) => !UNSCORED.has(k))
    .map(([k, v]) => {
      const [key, want] = RENAME[k]?.(v) ?? [k, v]
      return { key, want, got: got[key], ok: matches(key, want, got[key]) }
    })
  return { chosen: chooseCalculator(row.q, []), results }
}

describe('dev calc questions (tests/fixtures/calc/dev-calc-questions.jsonl)', () => {
  it.each(rows.map((r) => [r.q.slice(0, 30), r] as const))('%s', (_q, row) => {
    const { chosen, results } = score(row)
    expect(chosen).toBe(row.calculator)
    for (const r of results)
      expect(r.got, r.key).toSatisfy((g: unknown) => matches(r.key, r.want, g))
  })

  it('extraction rate', () => {
    let calcOk = 0
    let pOk = 0
    let pAll = 0
    for (const row of rows) {
      const { chosen, results } = score(row)
      if (chosen === row.calculator) calcOk++
      pAll += results.length
      pOk += results.filter((r) => r.ok).length
    }
    console.info(`dev calc questions: calculator ${calcOk}/${rows.length}, params ${pOk}/${pAll}`)
    expect(calcOk / rows.length).toBeGreaterThanOrEqual(0.9)
    expect(pOk / pAll).toBeGreaterThanOrEqual(0.9)
  })
})
