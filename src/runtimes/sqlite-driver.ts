/**
 * The report store's Node driver: Node 22's built-in node:sqlite over a file (created, with its
 * folder, on first open). Synchronous underneath, so the recorder calls it only after the reply.
 * @module
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { SqlDriver, SqlValue } from '../app/report/sql-driver'

/** Where the database lives when DATABASE_PATH is unset. */
export const DEFAULT_DATABASE_PATH = './data/gongyou.sqlite'

/** An open SQLite database behind the {@link SqlDriver} interface; `close` releases the file. */
export interface SqliteDriver extends SqlDriver {
  close(): void
}

/** Opens (or creates) the SQLite file at `path`; `:memory:` for a throwaway database. */
export function openSqliteDriver(path: string = DEFAULT_DATABASE_PATH): SqliteDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path)
  // WAL: the report CLI can read while the server writes; busy_timeout rides out the overlap.
  // synchronous = NORMAL: no fsync per insert (node:sqlite is synchronous, so FULL's fsync held
  // the event loop ~1 ms per row, p99 ~11 ms on this disk; NORMAL ~0.01 ms). In WAL mode that
  // stays crash-safe; a power cut may lose the last rows, never corrupt the file.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 2000')
  return {
    async run(sql, params = []) {
      return Number(db.prepare(sql).run(...params).changes)
    },
    async all<T extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []) {
      return db.prepare(sql).all(...params) as T[]
    },
    close() {
      db.close()
    },
  }
}
