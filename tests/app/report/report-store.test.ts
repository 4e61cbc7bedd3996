import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chinaDay, daysBefore, migrate, openReportStore } from '../../../src/app/report'
import { openSqliteDriver, type SqliteDriver } from '../../../src/runtimes/sqlite-driver'

const dirs: string[] = []
const open: SqliteDriver[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A fresh database file in a folder that does not exist yet (the driver creates it). */
function freshPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongyou-report-'))
  dirs.push(dir)
  return join(dir, 'nested', 'gongyou.sqlite')
}
function openAt(path: string): SqliteDriver {
  const db = openSqliteDriver(path)
  open.push(db)
  return db
}

const hit = (topic: string, score: number) => ({ id: `${topic}-a`, topic, score })

describe('report store on a real SQLite file', () => {
  it('migrates once, records, groups by nearest topic, and keeps rows across a restart', async () => {
    const path = freshPath()
    const first = openAt(path)
    expect(await migrate(first)).toBe(1)
    expect(await migrate(first)).toBe(0) // already at the newest version
    const store = await openReportStore(first)
    const base = { platform: 'wechat', confidence: 0.3 }
    await store.recordQuestion({
      ...base,
      day: '2026-12-01',
      kind: 'declined',
      question: 'a',
      hits: [hit('wage-arrears', 1)],
    })
    await store.recordQuestion({
      ...base,
      day: '2026-12-02',
      kind: 'low-confidence',
      question: 'b',
      hits: [hit('wage-arrears', 3)],
    })
    await store.recordQuestion({
      ...base,
      day: '2026-12-02',
      kind: 'low-confidence',
      question: 'b',
      hits: [hit('wage-arrears', 3)],
    })
    await store.recordQuestion({
      ...base,
      day: '2026-12-03',
      kind: 'clarifying',
      question: 'c',
      hits: [hit('overtime-pay', 5)],
    })
    await store.recordQuestion({
      ...base,
      day: '2026-12-03',
      kind: 'declined',
      question: 'd',
      hits: [],
    })
    await store.recordFeedback({
      day: '2026-12-03',
      platform: 'web',
      articleId: 'x',
      topic: 't',
      helpful: true,
    })
    await store.recordFeedback({
      day: '2026-12-03',
      platform: 'web',
      articleId: 'y',
      topic: 't',
      helpful: false,
    })
    await store.recordFeedback({
      day: '2026-12-03',
      platform: 'telegram',
      articleId: 'y',
      topic: 't',
      helpful: true,
    })
    await store.recordFeedback({
      day: '2026-12-03',
      platform: 'web',
      articleId: 'z',
      topic: 'u',
      helpful: false,
    })
    first.close()
    open.length = 0

    // A restart: a new connection to the same file sees everything.
    const again = await openReportStore(openAt(path))
    const report = await again.read('2026-12-01')
    expect(report.clusters).toEqual([
      {
        topic: 'wage-arrears',
        count: 3,
        kinds: { declined: 1, clarifying: 0, 'low-confidence': 2 },
        examples: ['b', 'a'], // newest first, duplicates once
      },
      {
        topic: null,
        count: 1,
        kinds: { declined: 1, clarifying: 0, 'low-confidence': 0 },
        examples: ['d'],
      },
      {
        topic: 'overtime-pay',
        count: 1,
        kinds: { declined: 0, clarifying: 1, 'low-confidence': 0 },
        examples: ['c'],
      },
    ])
    expect(report.articles.map((a) => [a.articleId, a.down, a.up, a.downShare])).toEqual([
      ['z', 1, 0, 1],
      ['y', 1, 1, 0.5],
      ['x', 0, 1, 0],
    ])
    // `since` limits the window.
    expect((await again.read('2026-12-03')).clusters.map((c) => c.count)).toEqual([1, 1])
  })

  it('sweeps rows older than the retention and keeps the rest', async () => {
    const store = await openReportStore(openAt(freshPath()))
    const row = {
      platform: 'api',
      kind: 'declined' as const,
      question: 'q',
      hits: [],
      confidence: 0,
    }
    await store.recordQuestion({ ...row, day: '2026-05-01' })
    await store.recordQuestion({ ...row, day: '2026-06-10' })
    await store.recordFeedback({
      day: '2026-05-01',
      platform: 'web',
      articleId: 'x',
      topic: 't',
      helpful: false,
    })
    const before = daysBefore('2026-12-06', 180)
    expect(before).toBe('2026-06-09')
    expect(await store.sweep(before)).toBe(2)
    expect((await store.read('2000-01-01')).clusters[0]?.count).toBe(1)
    expect((await store.read('2000-01-01')).articles).toEqual([])
  })

  it('dates rows by the China calendar day, with no time', () => {
    expect(chinaDay(new Date('2026-12-05T16:30:00Z'))).toBe('2026-12-06')
    expect(chinaDay(new Date('2026-12-05T15:59:59Z'))).toBe('2026-12-05')
  })
})
