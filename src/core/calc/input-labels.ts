/**
 * Chinese labels of calculator inputs and extracted facts, shared by every channel that asks for
 * or shows them. Input labels come from the calculators' own specs; only facts no calculator
 * takes as an input are named here.
 * @module
 */
import { allInputSpecs } from './registry'

/** Facts the extractor reads (or figures the results show) that are not calculator inputs. */
const FACT_LABELS: Readonly<Record<string, string>> = {
  dailyWorkHours: '每天工作（小时）',
  provinceUrbanDisposableIncome: '全省上年度城镇居民人均可支配收入',
  offeredPerYear: '每年补偿（元）',
  eventDate: '事情发生的日期',
}

/** Chinese labels of calculator inputs and extracted facts (the names are the calculators'). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...allInputSpecs()].map(([name, spec]) => [name, spec.label])),
  ...FACT_LABELS,
}

/** The label of an input or fact, or its name when none is known. */
export function fieldLabel(name: string): string {
  return FIELD_LABELS[name] ?? name
}
