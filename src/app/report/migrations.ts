/**
 * The report store's schema, as numbered migrations run on start (SQLite and D1 speak the same
 * SQL). Append a migration to change the schema; never edit one that has shipped.
 * @module
 */
import type { SqlDriver } from './sql-driver'

/** Each migration is a list of statements (D1 prepares one statement at a time). */
export const MIGRATIONS: ReadonlyArray<readonly string[]> = [
  [
    // Questions the bot declined, asked back about, or answered with low confidence. `day` is
    // a date (YYYY-MM-DD, China time), never a time; no chat or user id of any kind.
    `CREATE TABLE IF NOT EXISTS report_questions (
      id INTEGER PRIMARY KEY,
      day TEXT NOT NULL,
      platform TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('declined', 'clarifying', 'low-confidence')),
      question TEXT NOT NULL,
      topic TEXT,
      hits TEXT NOT NULL,
      confidence REAL NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS report_questions_day ON report_questions (day)',
    `CREATE TABLE IF NOT EXISTS report_feedback (
      id INTEGER PRIMARY KEY,
      day TEXT NOT NULL,
      platform TEXT NOT NULL,
      article_id TEXT NOT NULL,
      topic TEXT NOT NULL,
      helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
    )`,
    'CREATE INDEX IF NOT EXISTS report_feedback_day ON report_feedback (day)',
  ],
]

/**
 * Brings the database up to the newest schema: runs each migration not yet recorded in
 * `schema_migrations`. Safe to call on every start and from several isolates (IF NOT EXISTS,
 * INSERT OR IGNORE).
 */
export async function migrate(db: SqlDriver): Promise<number> {
  await db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)'
  )
  const done = new Set(
    (await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map(
      (r) => r.version
    )
  )
  let applied = 0
  for (const [i, statements] of MIGRATIONS.entries()) {
    const version = i + 1
    if (done.has(version)) continue
    for (const sql of statements) await db.run(sql)
    await db.run('INSERT OR IGNORE INTO schema_migrations (version, applied) VALUES (?, ?)', [
      version,
      new Date().toISOString().slice(0, 10),
    ])
    applied++
  }
  return applied
}
