import type { ParamTable } from './param-table'

/** What every calculator receives besides its input: the parameter table and the clock. */
export type CalcContext = { table: ParamTable; today: Date }
