import { formatValue, formatYuan, regionName } from '../../core'

/** A region slug or name for display (guangzhou → 广东省广州市). */
export function formatRegion(region: string): string {
  return regionName(region)
}

export { formatValue, formatYuan }
