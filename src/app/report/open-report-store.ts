import { migrate } from './migrations'
import { type ReportStore, createReportStore } from './report-store'
import type { SqlDriver } from './sql-driver'

/** Runs the migrations, then returns the store (called once on start by each runtime). */
export async function openReportStore(db: SqlDriver): Promise<ReportStore> {
  await migrate(db)
  return createReportStore(db)
}
