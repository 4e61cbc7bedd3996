/**
 * The report survives a restart of the real Node entry (src/runtimes/node.ts in a child
 * process): record a declined question and a 👎, SIGTERM (queued writes are flushed), start
 * again on the same DATABASE_PATH and read /admin. A row older than REPORT_RETENTION_DAYS put
 * into the file while the server was down is gone after the start-up sweep.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { killEntries, startEntry } from './spawn-entry'
import { until } from './until'

const TOKEN = 'restart-admin-token-0123'
const dir = mkdtempSync(join(tmpdir(), 'gongyou-restart-'))
const DATABASE_PATH = join(dir, 'report.sqlite')
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }))

afterEach(killEntries)

async function start() {
  const entry = await startEntry({ DATABASE_PATH, ADMIN_TOKEN: TOKEN })
  const admin = async () =>
    (
      await fetch(`${entry.base}/admin?days=30`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text()
  return { ...entry, admin }
}

// Written for this test (not from an eval set): off-topic, with a manager's name and a phone.
const OFF_TOPIC = '王经理家的狗总是叫怎么办，打我电话13912345678'
const MASKED = '某经理家的狗总是叫怎么办，打我电话[手机号]'

describe('npm start: the report is on disk', () => {
  it('keeps questions and feedback across a restart; the start-up sweep deletes old rows', async () => {
    const first = await start()
    const asked = await fetch(`${first.base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: OFF_TOPIC }),
    })
    expect(((await asked.json()) as { declined: boolean }).declined).toBe(true)
    const articleId = 'wage-arrears-recover'
    const rated = await fetch(`${first.base}/feedback`, {
      method: 'POST',
      headers: { origin: first.base },
      body: new URLSearchParams({ article: articleId, helpful: '0' }),
    })
    expect(rated.status).toBe(200)
    await until(async () => (await first.admin()).includes(MASKED), 10_000)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)

    // While it is down: a row from long ago, as an old database would hold.
    const db = new DatabaseSync(DATABASE_PATH)
    db.prepare(
      "INSERT INTO report_questions (day, platform, kind, question, topic, hits, confidence) VALUES ('2001-01-01', 'api', 'declined', 'an old question', NULL, '[]', 0)"
    ).run()
    expect(countRows(db)).toBe(2)
    db.close()

    const second = await start()
    const page = await second.admin()
    expect(page).toContain(MASKED)
    expect(page).not.toContain('13912345678')
    expect(page).not.toContain('王经理')
    expect(page).toContain(`/articles/${articleId}`)
    const check = new DatabaseSync(DATABASE_PATH)
    await until(async () => countRows(check) === 1, 10_000)
    check.close()
    expect(second.output()).toContain('"msg":"report sweep"')
  }, 60_000)
})

function countRows(db: DatabaseSync): number {
  return Number((db.prepare('SELECT COUNT(*) AS n FROM report_questions').get() as { n: number }).n)
}
