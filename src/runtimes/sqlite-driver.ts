/**
 * The report store's Node driver: Node 22's built-in node:sqlite over a file (created, with its
 * folder, on first open). Synchronous underneath, so the recorder calls it only after the reply.
 * @module
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
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
  // synchronous = NORMAL: in WAL mode a commit then writes the log without waiting for the disk
  // (fsync at checkpoints only). The API is synchronous, so with the default (FULL) every recorded
  // question held the event loop for an fsync: about a third of the server's time under load
  // (issue 18). A power cut may lose the last rows of this report store, never corrupt it.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 2000')
  // The recorder sends the same few statements over and over: prepare each once.
  const statements = new Map<string, StatementSync>()
  const prepared = (sql: string) => {
    let st = statements.get(sql)
    if (!st) statements.set(sql, (st = db.prepare(sql)))
    return st
  }
  return {
    async run(sql, params = []) {
      return Number(prepared(sql).run(...params).changes)
    },
    async all<T extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []) {
      return prepared(sql).all(...params) as T[]
    },
    close() {
      db.close()
    },
  }
}
