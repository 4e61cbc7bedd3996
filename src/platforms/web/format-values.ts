import { formatYuan } from '../../core/answer/format-calculation'
import { regionName } from '../../core/answer/messages'
import { UI } from './labels'

/** A step or fact value for display: numbers with thousands separators, booleans as 是. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : formatYuan(value)
  if (typeof value === 'boolean') return value ? UI.yes : '否'
  if (value === null || value === undefined) return ''
  return String(value)
}

/** A region slug or name for display (guangzhou → 广东省广州市). */
export function formatRegion(region: string): string {
  return regionName(region)
}

export { formatYuan }
