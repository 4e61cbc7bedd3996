import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { inputPromptOf } from '../../../src/core/calc/define-calculator'
import { PARAM_NAMES } from '../../../src/core/calc/param-table'
import { ALL_CALCULATORS, CALCULATOR_NAMES, inputSpec } from '../../../src/core/calc/registry'
import { parseParamValue } from '../../../src/core/extract/parse-param-value'

/** Property names of a zod object schema (through intersections and refinements). */
const schemaKeys = (schema: z.ZodType): string[] => {
  type Json = { properties?: Record<string, unknown>; allOf?: Json[] }
  const keys = new Set<string>()
  const visit = (j: Json) => {
    for (const p of j.allOf ?? []) visit(p)
    for (const k of Object.keys(j.properties ?? {})) keys.add(k)
  }
  visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json)
  return [...keys]
}

describe('defineCalculator: each module is complete and consistent', () => {
  it('names are unique and listed once', () => {
    expect(new Set(CALCULATOR_NAMES).size).toBe(CALCULATOR_NAMES.length)
    expect(ALL_CALCULATORS.map((c) => c.name)).toEqual([...CALCULATOR_NAMES])
  })

  it.each(ALL_CALCULATORS.map((c) => [c.name, c] as const))(
    '%s: inputs match the schema, required inputs can be asked for',
    (_name, calc) => {
      // Every schema property has a spec, and every spec is a schema property.
      expect(Object.keys(calc.inputs).sort()).toEqual(schemaKeys(calc.schema).sort())
      for (const group of calc.required)
        for (const param of group) expect(Object.keys(calc.inputs)).toContain(param)
      // The first name of each required group is what a follow-up asks for: it needs a question and a parser.
      for (const group of calc.required) {
        const spec = calc.inputs[group[0]!]!
        expect(spec.ask, group[0]).toBeTruthy()
        expect(spec.kind, group[0]).toBeTruthy()
      }
      for (const r of calc.reads) expect(PARAM_NAMES).toContain(r)
      expect(calc.basis.length).toBeGreaterThan(0)
      expect(calc.schema.safeParse(calc.sample).success).toBe(true)
    }
  )

  it('one input name means the same thing in every calculator', () => {
    for (const calc of ALL_CALCULATORS)
      for (const [name, spec] of Object.entries(calc.inputs)) {
        const shared = inputSpec(name)!
        expect([name, spec.label, spec.kind]).toEqual([name, shared.label, shared.kind])
      }
  })

  it.each([
    // [input, reply, parsed]
    ['monthlyWage', '月薪八千', { monthlyWage: 8000 }],
    ['serviceMonths', '三年半', { serviceMonths: 42 }],
    ['unusedDays', '5天', { unusedDays: 5 }],
    ['disabilityGrade', '七级', { disabilityGrade: 7 }],
    ['retired', '是', { retired: true }],
    ['deathYear', '去年', { deathYear: 2025 }],
    ['city', '在东莞', { city: '东莞' }],
  ])('%s: the reply %s is read by its kind', (param, reply, parsed) => {
    expect(parseParamValue(param, reply, '2026-11-24')).toEqual(parsed)
  })

  it('every quick pick is read back as its own input', () => {
    for (const calc of ALL_CALCULATORS)
      for (const [name, spec] of Object.entries(calc.inputs)) {
        const choices =
          typeof spec.choices === 'function' ? spec.choices(2026) : (spec.choices ?? [])
        for (const choice of choices)
          expect(parseParamValue(name, choice, '2026-11-24'), `${name} ${choice}`).toBeDefined()
      }
  })

  it('the follow-up line is question, example and note', () => {
    expect(inputPromptOf(inputSpec('monthlyWage')!)).toBe(
      '请告诉我你的月工资，例如“月薪8000”（离职前12个月的平均工资，含奖金补贴）'
    )
    expect(inputPromptOf({ label: '月数' })).toBe('请告诉我月数')
  })
})
