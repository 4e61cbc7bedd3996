import { describe, expect, it } from 'vitest'
import { getCalculator } from '../../../src/core/calc/registry'
import { calcFields, issueMessages, parseCalcForm } from '../../../src/platforms/web/calc-fields'

const fieldsOf = (name: string) => calcFields(getCalculator(name)!.schema)

describe('calcFields: form inputs from the zod schema', () => {
  it.each([
    [
      'severance',
      [
        'monthlyWage',
        'serviceMonths',
        'startDate',
        'endDate',
        'localAvgMonthlyWage',
        'minimumWage',
        'city',
      ],
    ],
    ['notice-pay', ['monthlyWage', 'serviceMonths', 'lastMonthWage']], // an intersection schema
    ['work-injury-disability', ['disabilityGrade', 'monthlyWage']],
    ['arbitration-deadline', ['knewDate', 'endDate', 'wageArrears', 'stillEmployed']],
  ])('%s has inputs named after its params', (name, expected) => {
    const names = fieldsOf(name).map((f) => f.name)
    expect(names).toEqual(expect.arrayContaining(expected))
  })

  it('knows kinds and puts required inputs first', () => {
    const f = Object.fromEntries(fieldsOf('work-injury-disability').map((x) => [x.name, x]))
    expect(f['disabilityGrade']).toMatchObject({ kind: 'integer', required: true, min: 1, max: 10 })
    expect(f['city']).toMatchObject({ kind: 'text', required: false })
    expect(fieldsOf('severance')[0]!.name).toBe('monthlyWage')
    expect(fieldsOf('arbitration-deadline').find((x) => x.name === 'knewDate')!.kind).toBe('date')
    expect(fieldsOf('arbitration-deadline').find((x) => x.name === 'wageArrears')!.kind).toBe(
      'boolean'
    )
  })
})

describe('parseCalcForm', () => {
  const fields = fieldsOf('severance')
  it('parses numbers (full-width digits, thousands separators) and drops empty fields', () => {
    const p = parseCalcForm(fields, {
      monthlyWage: '８,０００',
      serviceMonths: ' 42 ',
      city: '',
      startDate: '',
    })
    expect(p.input).toEqual({ monthlyWage: 8000, serviceMonths: 42 })
    expect(p.errors).toEqual([])
    expect(p.empty).toBe(false)
  })
  it('reports a non-number by its Chinese label', () => {
    const p = parseCalcForm(fields, { monthlyWage: '八千' })
    expect(p.errors).toEqual(['月工资（元）：请填写数字'])
    expect(p.badFields).toEqual(['monthlyWage'])
  })
  it('an untouched form is empty', () => {
    expect(parseCalcForm(fields, {}).empty).toBe(true)
  })
})

describe('issueMessages', () => {
  it('turns zod issues into Chinese, naming fields by label', () => {
    const schema = getCalculator('work-injury-disability')!.schema
    const input = { disabilityGrade: 11 }
    const r = schema.safeParse(input)
    expect(r.success).toBe(false)
    const { messages, fields } = issueMessages(r.error!, input)
    expect(messages).toEqual(
      expect.arrayContaining(['伤残等级（1–10级）：不能大于 10', '月工资（元）：必填'])
    )
    expect(fields).toEqual(expect.arrayContaining(['disabilityGrade', 'monthlyWage']))
  })
})

describe('parseCalcForm: service length in years and months', () => {
  const calc = getCalculator('severance')!
  const fields = calcFields(calc.schema, calc.inputs)
  it.each([
    ['42', 42],
    ['3.5年', 42],
    ['３.５年', 42],
    ['三年半', 42],
    ['3年2个月', 38],
    ['3 年 2 个月', 38],
    ['18个月', 18],
  ])('「%s」 is %d months', (typed, months) => {
    const form = parseCalcForm(fields, { monthlyWage: '8000', serviceMonths: typed })
    expect(form.errors).toEqual([])
    expect(form.input['serviceMonths']).toBe(months)
    expect(form.values['serviceMonths']).toBe(typed)
  })

  it.each(['3年abc', 'abc', '2019年'])('「%s」 is still an error', (typed) => {
    const form = parseCalcForm(fields, { serviceMonths: typed })
    expect(form.badFields).toEqual(['serviceMonths'])
    expect(form.errors[0]).toContain('3.5年')
  })

  it('a wage is not read as a duration', () => {
    const form = parseCalcForm(fields, { monthlyWage: '3年' })
    expect(form.badFields).toEqual(['monthlyWage'])
  })
})
