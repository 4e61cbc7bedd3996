/**
 * Calculator forms: the inputs come from each calculator's zod schema (via JSON Schema) and their
 * labels from its input specs, so a new calculator input shows up on the page without touching
 * the web code.
 * @module
 */
import * as z from 'zod'
import type { InputSpec } from '../../core/calc/define-calculator'
import { FIELD_LABELS, fieldLabel } from '../../core/calc/input-labels'
import { findDurations } from '../../core/extract'

/** One form input, named after the calculator's param. */
export interface CalcField {
  name: string
  kind: 'number' | 'integer' | 'date' | 'boolean' | 'choice' | 'text'
  required: boolean
  min?: number
  max?: number
  /** True when `min` itself is not allowed (zod `.positive()`). */
  exclusiveMin?: boolean
  /** The label shown (the calculator's input spec, else the shared label table). */
  label: string
  /** A published figure the parameter table supplies; the form tucks these away. */
  override: boolean
  /** The values of a `choice` field (a zod enum), with their labels. */
  options?: readonly { value: string; label: string }[]
  /** A length of service in months that may be typed as 「3.5年」「3年2个月」「18个月」. */
  duration?: boolean
}

interface JsonSchemaProp {
  type?: string
  minimum?: number
  exclusiveMinimum?: number
  maximum?: number
  pattern?: string
  enum?: unknown[]
}

interface JsonSchemaObject {
  properties?: Record<string, JsonSchemaProp>
  required?: string[]
  allOf?: JsonSchemaObject[]
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'

/**
 * The form fields of a calculator's input schema: required ones first, then the schema's order.
 * @param inputs the calculator's input specs (labels, which fields override published figures)
 */
export function calcFields(
  schema: z.ZodType,
  inputs: Readonly<Record<string, InputSpec>> = {}
): CalcField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaObject
  const fields: CalcField[] = []
  const visit = (obj: JsonSchemaObject) => {
    for (const part of obj.allOf ?? []) visit(part)
    const required = new Set(obj.required ?? [])
    for (const [name, prop] of Object.entries(obj.properties ?? {})) {
      if (fields.some((f) => f.name === name)) continue
      fields.push(toField(name, prop, required.has(name), inputs[name]))
    }
  }
  visit(json)
  // Required inputs first (stable sort keeps the schema's order within each group).
  return fields.sort((a, b) => Number(b.required) - Number(a.required))
}

function toField(
  name: string,
  prop: JsonSchemaProp,
  required: boolean,
  spec: InputSpec | undefined
): CalcField {
  const kind: CalcField['kind'] =
    prop.type === 'integer'
      ? 'integer'
      : prop.type === 'number'
        ? 'number'
        : prop.type === 'boolean'
          ? 'boolean'
          : prop.pattern === DATE_PATTERN
            ? 'date'
            : prop.enum
              ? 'choice'
              : 'text'
  const field: CalcField = {
    name,
    kind,
    required,
    label: spec?.label ?? fieldLabel(name),
    override: spec?.override === true,
  }
  if (spec?.kind === 'service') field.duration = true
  if (prop.enum)
    field.options = prop.enum.map((v) => {
      const value = String(v)
      return { value, label: spec?.options?.find((o) => o.value === value)?.label ?? value }
    })
  if (prop.exclusiveMinimum !== undefined) {
    field.min = prop.exclusiveMinimum
    field.exclusiveMin = true
  } else if (prop.minimum !== undefined) field.min = prop.minimum
  if (prop.maximum !== undefined) field.max = prop.maximum
  return field
}

/** What the form sent, parsed for the schema, plus problems found before zod sees it. */
export interface ParsedForm {
  input: Record<string, unknown>
  /** The raw strings, to refill the form. */
  values: Record<string, string>
  errors: string[]
  /** Names of the fields with errors. */
  badFields: string[]
  /** True when no field was filled in (the empty form, first visit). */
  empty: boolean
}

const BOOLEAN_TRUE = new Set(['on', 'true', '1', 'yes'])

/**
 * Reads form values (query string or form body) into a calculator input: numbers parsed (full-width
 * digits and thousands separators accepted), empty fields left out, checkboxes as booleans.
 */
export function parseCalcForm(
  fields: readonly CalcField[],
  raw: Record<string, string | undefined>
): ParsedForm {
  const input: Record<string, unknown> = {}
  const values: Record<string, string> = {}
  const errors: string[] = []
  const badFields: string[] = []
  for (const f of fields) {
    const value = (raw[f.name] ?? '').trim().slice(0, 100)
    if (!value) continue
    values[f.name] = value
    if (f.kind === 'boolean') input[f.name] = BOOLEAN_TRUE.has(value.toLowerCase())
    else if (f.kind === 'number' || f.kind === 'integer') {
      const plain = toHalfWidth(value)
      const n = Number(plain.replace(/[,，\s]/g, ''))
      const months = f.duration && !Number.isFinite(n) ? durationMonths(plain) : undefined
      if (months !== undefined) input[f.name] = months
      else if (!Number.isFinite(n)) {
        errors.push(
          f.duration ? `${f.label}：请填写月数，或写成“3.5年”“3年2个月”` : `${f.label}：请填写数字`
        )
        badFields.push(f.name)
      } else input[f.name] = n
    } else input[f.name] = value
  }
  return { input, values, errors, badFields, empty: Object.keys(values).length === 0 }
}

/**
 * 「3.5年」「3年2个月」「三年半」「18个月」 in months, read by the same parser the chat uses; only
 * when the whole entry is one duration (「3年abc」 stays an error).
 */
function durationMonths(value: string): number | undefined {
  const text = `干了${value}`
  const d = findDurations(text)[0]
  return d && d.index === 2 && d.end === text.length ? d.months : undefined
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

/**
 * Chinese messages for a calculator's zod issues, naming each field by its label.
 * @param input what was validated, to tell a missing field from a wrong one.
 */
export function issueMessages(
  error: z.ZodError,
  input: Record<string, unknown>
): { messages: string[]; fields: string[] } {
  const messages = new Set<string>()
  const fields = new Set<string>()
  for (const issue of error.issues) {
    const name = typeof issue.path[0] === 'string' ? issue.path[0] : ''
    const text = issueText(issue, name ? input[name] : input)
    // A refinement's message names its fields itself.
    messages.add(issue.code === 'custom' || !name ? text : `${fieldLabel(name)}：${text}`)
    if (name) fields.add(name)
  }
  return { messages: [...messages], fields: [...fields] }
}

/** Param names inside a calculator's own message (「需要 serviceMonths（工作月数）…」) become labels. */
function withLabels(message: string): string {
  return message.replace(/\b([a-z][A-Za-z]+)\b(?:（[^）a-zA-Z]*）)?/g, (all, word: string) =>
    FIELD_LABELS[word] ? `“${FIELD_LABELS[word]}”` : all
  )
}

function issueText(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return '必填'
      return issue.expected === 'int' ? '应为整数' : '格式不对'
    case 'too_small':
      return issue.inclusive === false
        ? `应大于 ${String(issue.minimum)}`
        : `不能小于 ${String(issue.minimum)}`
    case 'too_big':
      return issue.inclusive === false
        ? `应小于 ${String(issue.maximum)}`
        : `不能大于 ${String(issue.maximum)}`
    case 'not_multiple_of':
      return '应为整数'
    case 'invalid_format':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '格式不对'
    default:
      // Custom refinements carry their own Chinese message; zod's defaults are English.
      return /[\u4e00-\u9fff]/.test(issue.message) ? withLabels(issue.message) : '输入有误'
  }
}
