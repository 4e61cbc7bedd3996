/**
 * The one seam between the report store and a database: plain SQL with `?` parameters. Two thin
 * drivers implement it, node:sqlite on Node (src/runtimes/sqlite-driver.ts) and Cloudflare D1
 * here, so every query is written once.
 * @module
 */

/** A value a query parameter or column may hold. */
export type SqlValue = string | number | null

/** What the report store needs of a database. */
export interface SqlDriver {
  /** Runs a statement that returns no rows; resolves to the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>
  /** Runs a query and returns its rows as plain objects. */
  all<T extends Record<string, SqlValue>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>
}

/** The part of Cloudflare's D1Database binding the driver uses (structural: no workers-types import). */
export interface D1Like {
  prepare(sql: string): {
    bind(...values: unknown[]): {
      run(): Promise<{ meta?: { changes?: number } }>
      all<T>(): Promise<{ results: T[] }>
    }
  }
}

/** A driver over a D1 binding (env.GONGYOU_DB on Workers). */
export function createD1Driver(db: D1Like): SqlDriver {
  return {
    async run(sql, params = []) {
      const res = await db
        .prepare(sql)
        .bind(...params)
        .run()
      return res.meta?.changes ?? 0
    },
    async all<T extends Record<string, SqlValue>>(sql: string, params: readonly SqlValue[] = []) {
      const res = await db
        .prepare(sql)
        .bind(...params)
        .all<T>()
      return res.results
    },
  }
}
