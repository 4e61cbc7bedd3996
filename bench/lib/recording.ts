/**
 * The answer path with the report recorder on and off, in one run (issue 16): the same chat
 * answers through the app (POST /api/chat: conversation layer, ask, render, JSON) timed per
 * request, rounds interleaved on/off so both see the same machine. "On" records into a real
 * SQLite file (node:sqlite, as `npm start` does). Its writes run on a later turn of the event
 * loop, after the reply; so that they can land inside other requests, as on a busy server,
 * CLIENTS callers run side by side and each yields a turn (setImmediate, like socket I/O)
 * between its requests — a strictly sequential loop of awaits would never let a timer run and
 * would hide the writes' cost.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { createReportRecorder, openReportStore } from '../../src/app/report'
import { createCalculate } from '../../src/core/calc-bridge'
import type { Library } from '../../src/core/knowledge/library'
import { openSqliteDriver } from '../../src/runtimes/sqlite-driver'
import { percentile } from './timing'

/** Callers running side by side, each waiting for its answer before asking again. */
const CLIENTS = 4

export interface RecordingFigures {
  on: { p50Ms: number; p99Ms: number }
  off: { p50Ms: number; p99Ms: number }
  /** Requests timed per side. */
  samples: number
  /** Question rows the "on" side wrote in the timed rounds (declined, asked back, weak). */
  rowsWritten: number
  rounds: number
  clients: number
  /**
   * How long one row's insert holds the event loop (node:sqlite is synchronous): the most a
   * recorded answer can add to whatever request runs next.
   */
  write: { p50Ms: number; p99Ms: number }
}

/** Times `rounds` interleaved passes over `questions` through /api/chat, recording on and off. */
export async function measureRecording(
  library: Library,
  questions: readonly string[],
  rounds: number
): Promise<RecordingFigures> {
  const restoreLog = setLogSink(() => {})
  const dir = mkdtempSync(join(tmpdir(), 'gongyou-bench-report-'))
  const db = openSqliteDriver(join(dir, 'report.sqlite'))
  try {
    const calculate = createCalculate(library)
    const base = { library, ...(calculate ? { calculate } : {}) }
    const store = openReportStore(db)
    // The same store, each insert timed (the driver is synchronous: this is loop time).
    const writes: number[] = []
    const timedStore = store.then((s) => ({
      ...s,
      async recordQuestion(row: Parameters<typeof s.recordQuestion>[0]) {
        const t0 = performance.now()
        const done = s.recordQuestion(row)
        writes.push(performance.now() - t0)
        return done
      },
    }))
    const recorder = createReportRecorder({
      store: timedStore,
      retentionDays: 180,
      now: () => new Date(),
      log: () => {},
    })
    const on = createApp({ ...base, config: parseConfig({}), reportStore: store, recorder })
    const off = createApp({ ...base, config: parseConfig({ REPORT_STORE: 'off' }) })
    let chat = 0
    const answer = async (app: typeof on, q: string) => {
      // A new chat each time: every question is a first question, as the question set is.
      const res = await app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chatId: `bench-${++chat}`, text: q }),
      })
      await res.arrayBuffer()
    }
    const samples = { on: [] as number[], off: [] as number[] }
    /** One pass over the questions, CLIENTS at a time; timings pushed to `into` when given. */
    const pass = (app: typeof on, into?: number[]) =>
      Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          for (let i = c; i < questions.length; i += CLIENTS) {
            const t0 = performance.now()
            await answer(app, questions[i]!)
            into?.push(performance.now() - t0)
            await new Promise((resolve) => setImmediate(resolve))
          }
        })
      )
    // One untimed pass each to warm the JIT.
    await pass(on)
    await pass(off)
    await recorder.flush()
    const warmRows = await countRows(db)
    for (let r = 0; r < rounds; r++)
      for (const side of r % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const))
        await pass(side === 'on' ? on : off, samples[side])
    await recorder.flush()
    const spread = (xs: number[]) => ({
      p50Ms: round3(percentile(xs, 50)),
      p99Ms: round3(percentile(xs, 99)),
    })
    return {
      on: spread(samples.on),
      off: spread(samples.off),
      samples: samples.on.length,
      rowsWritten: (await countRows(db)) - warmRows,
      rounds,
      clients: CLIENTS,
      write: spread(writes),
    }
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
    setLogSink(restoreLog)
  }
}

async function countRows(db: ReturnType<typeof openSqliteDriver>): Promise<number> {
  const [q] = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM report_questions')
  return Number(q?.n ?? 0)
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
