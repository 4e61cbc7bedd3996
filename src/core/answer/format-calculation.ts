import type { Calculation } from './answer'
import { MESSAGES } from './messages'

interface Step {
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
    return lines
  }
  const title = typeof calc['title'] === 'string' ? calc['title'] : calc.calculator
  const amount = calc['amount']
  if (typeof amount === 'number') lines.push(`${title}：${MESSAGES.calcAmount(formatYuan(amount))}`)
  else if (typeof calc['deadline'] === 'string') lines.push(`${title}：${calc['deadline']}`)
  for (const step of (calc['steps'] as Step[] | undefined) ?? []) {
    const value = typeof step.value === 'number' ? formatYuan(step.value) : String(step.value ?? '')
    lines.push(`• ${step.label}${step.formula ? `：${step.formula}` : ''}${value ? ` = ${value}` : ''}`)
  }
  for (const w of (calc['warnings'] as string[] | undefined) ?? []) lines.push(`⚠ ${w}`)
  return lines
}

/** 12345.6 → "12,345.60". */
export function formatYuan(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}
