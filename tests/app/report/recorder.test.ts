import { describe, expect, it } from 'vitest'
import {
  type ReportStore,
  createReportRecorder,
  reportKind,
  LOW_CONFIDENCE,
} from '../../../src/app/report'
import type { AskResult } from '../../../src/core/answer/answer'
import type { LogFields } from '../../../src/app/log'

const result = (over: Partial<AskResult>): AskResult =>
  ({
    q: '张经理不发工资',
    declined: false,
    clarify: [],
    confidence: 0.9,
    hits: [{ id: 'a', topic: 'wage-arrears', title: 'A', score: 9 }],
    calculation: null,
    answer: {} as AskResult['answer'],
    ...over,
  }) as AskResult

/** An in-memory ReportStore (the recorder's queue is what is under test, not SQL). */
function memoryStore(fail = false) {
  const questions: unknown[] = []
  const store: ReportStore = {
    async recordQuestion(row) {
      if (fail) throw new Error('disk full')
      questions.push(row)
    },
    async recordFeedback() {},
    async sweep() {
      return 0
    },
    async read(since) {
      return { since, clusters: [], articles: [] }
    },
  }
  return { store, questions }
}

describe('report recorder', () => {
  it('classifies answers: declined, clarifying (which topic), weak, or not recorded', () => {
    expect(reportKind(result({ declined: true }))).toBe('declined')
    // A calculation waiting for a number found its topic: not a question for the editors.
    expect(
      reportKind(result({ calculation: { calculator: 'severance', missing: ['monthlyWage'] } }))
    ).toBeNull()
    expect(
      reportKind(
        result({
          clarify: [
            { topic: 'wage-arrears', title: '欠薪' },
            { topic: 'overtime-pay', title: '加班费' },
          ],
        })
      )
    ).toBe('clarifying')
    expect(reportKind(result({ confidence: LOW_CONFIDENCE - 0.01 }))).toBe('low-confidence')
    expect(reportKind(result({}))).toBeNull()
  })

  it('writes after the call returns, masked, with the day and no time', async () => {
    const { store, questions } = memoryStore()
    const recorder = createReportRecorder({
      store: Promise.resolve(store),
      retentionDays: 180,
      now: () => new Date('2026-12-05T20:00:00Z'),
      log: () => undefined,
    })
    recorder.afterAnswer('wechat', result({ declined: true }))
    expect(questions).toEqual([]) // nothing written synchronously
    await recorder.flush()
    expect(questions).toEqual([
      {
        day: '2026-12-06',
        platform: 'wechat',
        kind: 'declined',
        question: '某经理不发工资',
        hits: [{ id: 'a', topic: 'wage-arrears', score: 9 }],
        confidence: 0.9,
      },
    ])
  })

  it('logs and drops a database error, and turns off when the store cannot open', async () => {
    const logs: Array<[string, LogFields | undefined]> = []
    const log = (_l: string, msg: string, f?: LogFields) => void logs.push([msg, f])
    const failing = createReportRecorder({
      store: Promise.resolve(memoryStore(true).store),
      retentionDays: 180,
      now: () => new Date(),
      log,
    })
    failing.afterAnswer('api', result({ declined: true }))
    await failing.flush()
    expect(logs.map((l) => l[0])).toContain('report write failed')
    expect(JSON.stringify(logs)).not.toContain('张经理') // no question text in logs

    const broken = createReportRecorder({
      store: Promise.reject(new Error('cannot open')),
      retentionDays: 180,
      now: () => new Date(),
      log,
    })
    broken.afterAnswer('api', result({ declined: true }))
    await broken.flush()
    expect(logs.map((l) => l[0])).toContain('report store unavailable: recording off')
  })

  it('bounds the queue: beyond MAX_PENDING_WRITES writes are dropped, not buffered', async () => {
    const { store, questions } = memoryStore()
    let release!: (s: ReportStore) => void
    const recorder = createReportRecorder({
      store: new Promise<ReportStore>((r) => (release = r)),
      retentionDays: 180,
      now: () => new Date(),
      log: () => undefined,
    })
    for (let i = 0; i < 1500; i++) recorder.afterAnswer('api', result({ declined: true }))
    expect(recorder.pending()).toBe(1000)
    release(store)
    await recorder.flush()
    expect(questions.length).toBe(999) // one slot went to the day's sweep
  })
})
