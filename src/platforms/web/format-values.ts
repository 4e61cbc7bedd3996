import { formatValue, formatYuan } from '../../core/answer/format-calculation'
import { regionName } from '../../core/answer/messages'

/** A region slug or name for display (guangzhou → 广东省广州市). */
export function formatRegion(region: string): string {
  return regionName(region)
}

export { formatValue, formatYuan }
