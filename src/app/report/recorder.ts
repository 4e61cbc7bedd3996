/**
 * Records what the report needs, after the reply: writes go through one bounded queue (and the
 * Worker's waitUntil when there is one), so an answer never waits for the database, and a
 * database error is logged and dropped, never shown to the worker.
 * @module
 */
import type { AskResult } from '../../core'
import { maskPersonal } from '../../chat'
import type { LogFields, LogLevel } from '../log'
import type { FeedbackRecord, QuestionKind, ReportStore } from './report-store'

/** Answers below this confidence are reported as weak (about 6% of answered golden questions). */
export const LOW_CONFIDENCE = 0.5
/** Writes waiting at most; beyond this new ones are dropped (a stuck database must not eat memory). */
export const MAX_PENDING_WRITES = 1000

/** Keeps a Worker alive until a promise settles (ExecutionContext.waitUntil). */
export type WaitUntil = (promise: Promise<unknown>) => void

export interface ReportRecorder {
  /** Records the question if it was declined, asked back about, or answered weakly. Never throws. */
  afterAnswer(platform: string, result: RecordableAnswer, waitUntil?: WaitUntil): void
  /** Records one 👍/👎. Never throws. */
  afterFeedback(feedback: Omit<FeedbackRecord, 'day'>, waitUntil?: WaitUntil): void
  /** Deletes rows older than the retention if today's sweep has not run yet. */
  sweepIfDue(waitUntil?: WaitUntil): void
  /** Writes queued and not yet settled. */
  pending(): number
  /** Resolves when every queued write has settled (tests, shutdown, the Worker's waitUntil). */
  flush(): Promise<void>
}

export interface ReportRecorderOptions {
  /** The store, once migrated; a rejected promise turns recording off (logged once). */
  store: Promise<ReportStore>
  retentionDays: number
  now: () => Date
  log: (level: LogLevel, msg: string, fields?: LogFields) => void
}

/**
 * What the recorder reads of an answer: the whole AskResult fits, and so does the slice the
 * /api/ask answer cache keeps beside its JSON.
 */
export type RecordableAnswer = Pick<AskResult, 'q' | 'declined' | 'clarify' | 'confidence' | 'hits'>

/** Why a result belongs in the report, or null when it does not. */
export function reportKind(result: RecordableAnswer): QuestionKind | null {
  if (result.declined) return 'declined'
  // Asked back which of two close topics was meant. A calculator still waiting for a number is
  // not recorded: the topic was found, and counting those put ~3/4 of answers in the report.
  if (result.clarify?.length) return 'clarifying'
  if (result.confidence < LOW_CONFIDENCE) return 'low-confidence'
  return null
}

/** The calendar day in China (UTC+8, no daylight saving): rows carry a day, never a time. */
export function chinaDay(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The day `days` before `day` (both YYYY-MM-DD). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

/** A recorder over a store that may still be migrating. */
export function createReportRecorder(options: ReportRecorderOptions): ReportRecorder {
  const { log } = options
  let tail: Promise<void> = Promise.resolve()
  let pending = 0
  let droppedLogged = false
  let sweptDay: string | undefined
  let storeFailed = false
  const store = options.store.catch((err: unknown) => {
    storeFailed = true
    log('error', 'report store unavailable: recording off', { error: errorName(err) })
    return null
  })

  function enqueue(what: string, write: (s: ReportStore) => Promise<unknown>, wait?: WaitUntil) {
    if (storeFailed) return
    if (pending >= MAX_PENDING_WRITES) {
      if (!droppedLogged) log('warn', 'report queue full: dropping writes', { pending })
      droppedLogged = true
      return
    }
    pending++
    tail = tail
      // A macrotask first: the reply is on its way before the write starts.
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(() => store)
      .then((s) => (s ? write(s) : undefined))
      .then(
        () => undefined,
        (err: unknown) => log('error', 'report write failed', { what, error: errorName(err) })
      )
      .finally(() => {
        pending--
        if (pending === 0) droppedLogged = false
      })
    wait?.(tail)
  }

  const recorder: ReportRecorder = {
    afterAnswer(platform, result, wait) {
      try {
        const kind = reportKind(result)
        if (!kind) return
        const day = chinaDay(options.now())
        recorder.sweepIfDue(wait)
        // Masking and the write happen in the queue, after the reply.
        enqueue(
          'question',
          (s) =>
            s.recordQuestion({
              day,
              platform,
              kind,
              question: maskPersonal(result.q),
              hits: result.hits.map((h) => ({ id: h.id, topic: h.topic, score: h.score })),
              confidence: result.confidence,
            }),
          wait
        )
      } catch (err) {
        log('error', 'report record failed', { error: errorName(err) })
      }
    },
    afterFeedback(feedback, wait) {
      recorder.sweepIfDue(wait)
      const row = { ...feedback, day: chinaDay(options.now()) }
      enqueue('feedback', (s) => s.recordFeedback(row), wait)
    },
    sweepIfDue(wait) {
      const today = chinaDay(options.now())
      if (sweptDay === today) return
      sweptDay = today
      const before = daysBefore(today, options.retentionDays)
      enqueue(
        'sweep',
        async (s) => {
          const deleted = await s.sweep(before)
          if (deleted) log('info', 'report sweep', { before, deleted })
        },
        wait
      )
    },
    pending: () => pending,
    async flush() {
      await tail
    },
  }
  return recorder
}

function errorName(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message.slice(0, 120)}` : typeof err
}
