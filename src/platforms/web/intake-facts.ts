/**
 * The intake's facts as editable form fields: what the extractor read from the caller's words is
 * shown for staff to check and correct before the 工单 text is produced (the extractor can misread
 * a caller's words). Edited values are read with the chat's own reply
 * parser, so 「3年多」「8000」「2026年4月15日」 mean the same here as in a chat.
 * @module
 */
import { fieldLabel, inputSpec, parseParamValue, type QuestionFacts } from '../../core'
import type { IntakeSummary } from './build-intake'

/** One editable fact: the form field `fact_<name>`. */
export interface FactField {
  name: string
  label: string
  /** The value as the field shows it (plain: numbers, ISO dates, 是/否). */
  value: string
}

/** Form field name prefix for a fact, and the hidden field listing the facts shown. */
export const FACT_PREFIX = 'fact_'
export const FACTS_SHOWN = 'facts_shown'

/** Bound on the facts a form may send back (there are about 30 kinds). */
const MAX_FACT_FIELDS = 40

type Scalar = string | number | boolean

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

const show = (v: Scalar): string => (typeof v === 'boolean' ? (v ? '是' : '否') : String(v))

/**
 * The fields to confirm: every plain fact read from the call, then the inputs the calculations
 * still miss (empty, for staff to fill in from the conversation).
 */
export function factFields(summary: IntakeSummary): FactField[] {
  const out: FactField[] = []
  for (const [name, v] of Object.entries(summary.facts))
    if (isScalar(v)) out.push({ name, label: fieldLabel(name), value: show(v) })
  for (const c of [...summary.calculations, ...summary.deadlines])
    for (const name of c.missing)
      if (!out.some((f) => f.name === name)) out.push({ name, label: fieldLabel(name), value: '' })
  return out.slice(0, MAX_FACT_FIELDS)
}

/** Input kinds whose value must be a number (a date or a city may be shown as typed). */
const NUMERIC_KINDS = new Set(['money', 'service', 'number', 'contributionYears', 'grade', 'year'])

const YES = /^(是|对|有|yes|true)$/i
const NO = /^(否|不是|没有|无|no|false)$/i

/**
 * The facts after staff edits: the extracted facts, with each shown field replaced by what the
 * form says (an emptied field drops the fact). A value that cannot be read is an error, naming
 * the field, so no ticket is made from a guess.
 * @param extracted facts read from the caller's text (kept for facts not shown, e.g. `more`)
 */
export function readFactFields(
  raw: Record<string, string | undefined>,
  extracted: QuestionFacts,
  today: string
): { facts: QuestionFacts; errors: string[]; badFields: string[] } {
  const facts: Record<string, unknown> = { ...extracted }
  // A calculator's own inputs (拖欠月数 …) live under `more`; set both places so either reader sees it.
  const more: Record<string, unknown> = { ...(extracted.more ?? {}) }
  const errors: string[] = []
  const badFields: string[] = []
  const shown = (raw[FACTS_SHOWN] ?? '')
    .split(',')
    .filter((n) => /^[a-zA-Z]{1,40}$/.test(n))
    .slice(0, MAX_FACT_FIELDS)
  for (const name of shown) {
    const value = (raw[FACT_PREFIX + name] ?? '').trim().slice(0, 100)
    delete facts[name]
    delete more[name]
    if (!value) continue
    const read = readOne(name, value, extracted[name as keyof QuestionFacts], today)
    if (read === undefined) {
      errors.push(`${fieldLabel(name)}：没看懂“${value}”，请改一下或清空`)
      badFields.push(name)
    } else {
      Object.assign(facts, read)
      Object.assign(more, read)
    }
  }
  if (Object.keys(more).length) facts['more'] = more
  else delete facts['more']
  return { facts: facts as QuestionFacts, errors, badFields }
}

function readOne(
  name: string,
  value: string,
  was: unknown,
  today: string
): Record<string, Scalar> | undefined {
  // The chat's reader knows every calculator input (money, service, dates, grades, cities …).
  const parsed = parseParamValue(name, value, today)
  if (parsed) return parsed
  if (typeof was === 'boolean' || YES.test(value) || NO.test(value))
    return YES.test(value) ? { [name]: true } : NO.test(value) ? { [name]: false } : undefined
  const n = Number(value.replace(/[,，\s]/g, ''))
  if (typeof was === 'number') return Number.isFinite(n) ? { [name]: n } : undefined
  if (Number.isFinite(n) && /^[\d.,，\s-]+$/.test(value)) return { [name]: n }
  // A numeric calculator input that is not a number is an error, whether or not the extractor
  // had read it (「两个月没发工资」 no longer gives a service length to compare with).
  if (NUMERIC_KINDS.has(inputSpec(name)?.kind ?? '')) return undefined
  return { [name]: value }
}
