/**
 * npm run report [-- --days N]: the editors' report in the terminal, from the SQLite file at
 * DATABASE_PATH (default ./data/gongyou.sqlite): unanswered questions by nearest topic, articles
 * by share of 👎, and kb:check's table of figures whose successor is due. Same data as /admin.
 */
import { existsSync } from 'node:fs'
import { chinaDay, daysBefore, openReportStore } from '../src/app/report'
import { formatReportText } from '../src/app/report/format-report'
import { DEFAULT_DATABASE_PATH, openSqliteDriver } from '../src/runtimes/sqlite-driver'
import { freshnessReport } from './kb-check'

/** Days the report covers by default: the week since last Monday's look. */
const DEFAULT_DAYS = 7

/** The report's lines for the database at `path`, over the `days` days up to `today`. */
export async function reportLines(
  path: string,
  days: number,
  today = new Date()
): Promise<string[]> {
  const db = openSqliteDriver(path)
  try {
    const store = await openReportStore(db)
    const day = chinaDay(today)
    const data = await store.read(daysBefore(day, days - 1))
    return formatReportText(data, freshnessReport(today.toISOString().slice(0, 10)))
  } finally {
    db.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.env['DATABASE_PATH']?.trim() || DEFAULT_DATABASE_PATH
  const i = process.argv.indexOf('--days')
  const days = i > 0 ? Number(process.argv[i + 1]) : DEFAULT_DAYS
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    console.error('report: --days expects a whole number from 1 to 3650')
    process.exit(2)
  }
  if (!existsSync(path)) {
    console.error(`report: no database at ${path} (set DATABASE_PATH; the server creates it)`)
    process.exit(1)
  }
  for (const line of await reportLines(path, days)) console.log(line)
}
