/**
 * `defineCalculator`: everything about one calculator in one place — its input schema, what each
 * input is called and how to ask for it, how a question's facts become its input, which words and
 * topics point to it, the formula and the legal basis. Every channel derives from it.
 * @module
 */
import type * as z from 'zod'
import type { QuestionFacts } from '../extract/extract-facts'
import type { CalcContext } from './calc-context'
import type { ParamName } from './param-table'
import type { CalcBasis, CalcOutcome } from './types'

/**
 * How a typed reply is read for one input (see `parseParamValue`): money (「月薪八千」), a date,
 * a year-month, one of `options`, yes/no, a service length (「三年半」 or dates), years of contribution, a disability grade, a year
 * (「去年」), a single number in [min, max], overtime hours, a city, a city or a money figure.
 */
export type InputKind =
  | 'money'
  | 'date'
  | 'month'
  | 'choice'
  | 'yesNo'
  | 'service'
  | 'contributionYears'
  | 'grade'
  | 'year'
  | 'number'
  | 'overtime'
  | 'city'
  | 'cityOrMoney'
  | 'text'

/** One input of a calculator, as the worker sees it. */
export interface InputSpec {
  /** Label with its unit, e.g. 「月工资（元）」. */
  label: string
  /** Unit of the value (元, 元/月, 月, 天, 小时, 年), when it has one. */
  unit?: string
  /** How a typed reply is read; an input without a kind is never asked for in chat. */
  kind?: InputKind
  /** Bounds for `kind: 'number'` (inclusive) and whether it must be whole. */
  min?: number
  max?: number
  integer?: boolean
  /** The question a follow-up asks, e.g. 「请告诉我你的月工资」. */
  ask?: string
  /** One-line example of an answer, already quoted: 「“月薪8000”」. */
  example?: string
  /** What the figure means, shown in brackets after the example. */
  note?: string
  /** The values of a `choice` input: what is stored, what is shown, what a reply may say. */
  options?: readonly { value: string; label: string; match: RegExp }[]
  /** Quick-pick answers when the values are few; a function gets the current year. */
  choices?: readonly string[] | ((year: number) => readonly string[])
  /** A published figure the parameter table supplies; typing it overrides the table. */
  override?: boolean
}

/** A keyword rule: when the question matches, the calculator scores `weight` (3 = names it). */
export type KeywordRule = readonly [RegExp, number]

/** What `defineCalculator` takes. */
export interface CalculatorSpec<N extends string, S extends z.ZodType> {
  /** Public name (CLI, `/api/calc`, `/calc/:name`, Telegram); never renamed. */
  name: N
  /** Chinese title shown in menus and results. */
  title: string
  /** Input schema (zod); validation happens once, at the boundary. */
  schema: S
  /** A valid input (CLI help, docs, and the registry test runs it). */
  sample: Readonly<Record<string, unknown>>
  /** Every input the schema takes, by param name. */
  inputs: Readonly<Record<string, InputSpec>>
  /** What it cannot run without: one group per follow-up, any name in a group satisfies it. */
  required: readonly (readonly string[])[]
  /**
   * Facts only this calculator needs, read from the normalised question (e.g. how many months
   * of wages are unpaid); `extractFacts` keeps them under `facts.more`.
   */
  extract?: (text: string) => Record<string, unknown>
  /** Turns facts read from a question into this calculator's input. */
  fromFacts: (facts: QuestionFacts) => Record<string, unknown>
  /** Words that point to this calculator (weights add up). */
  keywords: readonly KeywordRule[]
  /**
   * Who wins when two calculators' keywords score the same: higher first, then registry order
   * (default 0). Specific claims outrank plain severance N, which outranks the injury ones.
   */
  tiePriority?: number
  /** Taxonomy topic ids whose articles lead to this calculator. */
  topics?: readonly string[]
  /** The legal basis every result cites (results may add more). */
  basis: readonly CalcBasis[]
  /** Rows of knowledge/params.yaml it reads. */
  reads: readonly ParamName[]
  /** The formula: pure, never throws on a valid input. */
  calculate: (input: z.infer<S>, ctx: CalcContext) => CalcOutcome
}

/** A defined calculator (what the registry holds). */
export type Calculator<N extends string = string> = Omit<
  CalculatorSpec<N, z.ZodType>,
  'calculate' | 'topics' | 'tiePriority'
> & {
  topics: readonly string[]
  tiePriority: number
  calculate: (input: unknown, ctx: CalcContext) => CalcOutcome
}

/**
 * Declares a calculator. Its module exports the result; the registry lists it once.
 * @example export const severance = defineCalculator({ name: 'severance', title: '经济补偿（N）', ... })
 */
export function defineCalculator<N extends string, S extends z.ZodType>(
  spec: CalculatorSpec<N, S>
): Calculator<N> {
  // The registry validates with `schema` before calling, so the input type holds there.
  return {
    ...spec,
    topics: spec.topics ?? [],
    tiePriority: spec.tiePriority ?? 0,
    calculate: spec.calculate as Calculator['calculate'],
  }
}

/** The follow-up line for an input: question, example, note. */
export function inputPromptOf(spec: InputSpec): string {
  return `${spec.ask ?? `请告诉我${spec.label}`}${spec.example ? `，例如${spec.example}` : ''}${spec.note ? `（${spec.note}）` : ''}`
}

/** The facts named in `keys` that the question gave (for `fromFacts`). */
export const pickFacts = (
  f: QuestionFacts,
  keys: readonly (keyof QuestionFacts)[]
): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (f[k] !== undefined) out[k] = f[k]
  return out
}
