import type { Calculation } from './answer'
import { MESSAGES, regionName } from './messages'
import { fieldLabel } from '../calc/input-labels'
import { getCalculator } from '../calc/registry'
import { formatTwoDecimals } from '../calc/money'

interface Param {
  name: string
  value: unknown
  year?: number | null
  region?: string
  source: string
}

export interface Step {
  label: string
  formula?: string
  value?: unknown
}

/**
 * Plain-text lines for a calculation: the amount, the steps, the figures with their year, the
 * warnings; or which inputs are missing and how to give them.
 * @param hints param name → how to give it (「请告诉我你的月工资，例如“月薪8000”」).
 */
export function formatCalculation(calc: Calculation, hints: Record<string, string> = {}): string[] {
  const lines: string[] = []
  const missing = calc['missing']
  if (Array.isArray(missing)) {
    lines.push(MESSAGES.missingInputs)
    for (const name of missing as string[]) lines.push(`• ${hints[name] ?? name}`)
    // Why a figure is needed (e.g. an amount withheld until the cap can be checked).
    for (const w of (calc['warnings'] as string[] | undefined) ?? []) lines.push(`⚠ ${w}`)
    return lines
  }
  const title =
    typeof calc['title'] === 'string'
      ? calc['title']
      : (getCalculator(calc.calculator)?.title ?? calc.calculator)
  const amount = calc['amount']
  if (typeof amount === 'number') lines.push(`${title}：${MESSAGES.calcAmount(formatYuan(amount))}`)
  else if (typeof calc['deadline'] === 'string') lines.push(`${title}：${calc['deadline']}`)
  else if (typeof calc['headline'] === 'string') lines.push(`${title}：${calc['headline']}`)
  const alternatives = (calc['alternatives'] as Part[] | undefined) ?? []
  if (alternatives.length) {
    lines.push(MESSAGES.calcAlternatives)
    for (const a of alternatives) lines.push(partLine(a))
  }
  for (const step of (calc['steps'] as Step[] | undefined) ?? []) lines.push(stepLine(step))
  const parts = (calc['parts'] as Part[] | undefined) ?? []
  if (parts.length) {
    lines.push(MESSAGES.calcParts)
    for (const p of parts) lines.push(partLine(p))
  }
  const basis = (calc['basis'] as Array<{ law: string; article?: string }> | undefined) ?? []
  if (basis.length)
    lines.push(
      `${MESSAGES.calcBasis}：${basis.map((b) => `《${b.law}》${b.article ?? ''}`).join('；')}`
    )
  // Figures from the parameter table carry a year; what the user typed does not.
  const figures = ((calc['params'] as Param[] | undefined) ?? []).filter(
    (p) => typeof p.year === 'number'
  )
  if (figures.length)
    lines.push(
      `${MESSAGES.calcFigures}：` +
        figures
          .map(
            (p) =>
              `${fieldLabel(p.name)} ${formatValue(p.value)}（${p.year}年，${regionName(p.region ?? '')}，${p.source.split('；')[0]}）`
          )
          .join('；')
    )
  for (const w of (calc['warnings'] as string[] | undefined) ?? []) lines.push(`⚠ ${w}`)
  return lines
}

interface Part {
  label: string
  amount: number | null
  amountMax?: number
  condition: string
}

/** 「• 2N 违法解除赔偿金：约 48,000.00 元 — 解除没有法定理由时」 */
export function partLine(part: Part): string {
  return `• ${partText(part)}`
}

/** The same without the bullet, for renderers that draw their own. */
export function partText(part: Part): string {
  const amount =
    part.amount === null
      ? null
      : part.amountMax !== undefined
        ? `${formatYuan(part.amount)}–${formatYuan(part.amountMax)}`
        : formatYuan(part.amount)
  return `${part.label}：${MESSAGES.calcPartAmount(amount)} — ${part.condition}`
}

/** 「• 经济补偿 N：6,000.00元 × 4个月 = 24,000」 */
export function stepLine(step: Step): string {
  const value = formatValue(step.value)
  return `• ${step.label}${step.formula ? `：${step.formula}` : ''}${value ? ` = ${value}` : ''}`
}

/** A step or fact value for display: whole numbers as 24,000, fractions to the fen, booleans as 是/否. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number')
    return Number.isInteger(value) ? value.toLocaleString('en-US') : formatYuan(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value === null || value === undefined) return ''
  return String(value)
}

/** 12345.6 → "12,345.60". */
export function formatYuan(amount: number): string {
  return formatTwoDecimals(amount)
}
