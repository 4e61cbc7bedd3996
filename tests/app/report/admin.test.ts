import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Hono } from 'hono'
import { createApp } from '../../../src/app/create-app'
import { createCalculate } from '../../../src/core/calc-bridge'
import { parseConfig } from '../../../src/app/config'
import { openReportStore, reportKind } from '../../../src/app/report'
import { ask } from '../../../src/core/ask'
import { maskPersonal } from '../../../src/chat/mask'
import { ADMIN_COOKIE } from '../../../src/app/report/mount-admin'
import { openSqliteDriver, type SqliteDriver } from '../../../src/runtimes/sqlite-driver'
import { DINGTALK_SECRET, HARNESSES, NOW, WECOM_BOT_ENV, library } from '../../contract/harnesses'

const TOKEN = 'editor-token-0123456789'
const dirs: string[] = []
const dbs: SqliteDriver[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function setup(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gongyou-admin-'))
  dirs.push(dir)
  const path = join(dir, 'gongyou.sqlite')
  const db = openSqliteDriver(path)
  dbs.push(db)
  const reportStore = openReportStore(db)
  const app = createApp({
    library,
    now: () => NOW,
    reportStore,
    calculate,
    config: parseConfig({
      ADMIN_TOKEN: TOKEN,
      WECHAT_TOKEN: 'gongyou_test_token',
      DINGTALK_APP_SECRET: DINGTALK_SECRET,
      ...WECOM_BOT_ENV,
      ...env,
    }),
  })
  return { app, path, reportStore }
}

const harness = (name: string) => HARNESSES.find((h) => h.name === name)!

async function send(app: Hono, platform: string, text: string, id: string): Promise<number> {
  const sent = await harness(platform).text(text, id)
  return (await app.request(sent.path, sent.init)).status
}

const bearer = { authorization: `Bearer ${TOKEN}` }
// Questions written for this test (not from any eval set): one off-topic with a named manager
// and a phone number, one vague, one between two close topics, one answered well.
const OFF_TOPIC = '张经理家的猫三天不吃饭了怎么办，我电话13812345678'
const VAGUE = '李主管老是针对我'
// Between two close topics (contract ending vs severance), so the bot asks which is meant.
const TWO_TOPICS = '合同快到期了单位说不续，给不给钱'
const ANSWERED = '公司不给我交社保怎么办'
const calculate = createCalculate(library)!
const askAt = (q: string) => ask(q, { library, today: NOW, calculate })

describe('recording and the editors’ page (SQLite)', () => {
  it('records declined, clarifying and weak questions from three platforms, the web and the API, masked and grouped', async () => {
    const { app, path, reportStore } = setup()
    const sent: Array<[string, string]> = [
      ['wechat', OFF_TOPIC],
      ['dingtalk', VAGUE],
      ['wecom-bot', TWO_TOPICS],
      ['web', OFF_TOPIC],
      ['api', ANSWERED],
    ]
    expect(await send(app, 'wechat (plaintext)', OFF_TOPIC, 'w1')).toBe(200)
    expect(await send(app, 'dingtalk', VAGUE, 'd1')).toBe(200)
    expect(await send(app, 'wecom-bot (smart robot)', TWO_TOPICS, 'b1')).toBe(200)
    expect((await app.request(`/?q=${encodeURIComponent(OFF_TOPIC)}`)).status).toBe(200)
    const api = await app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: ANSWERED }),
    })
    expect(api.status).toBe(200)

    // What should be kept follows from each answer (reportKind is tested on its own); the data
    // must exercise declined and clarifying, and leave the well-answered question out.
    const expected = sent.flatMap(([platform, q]) => {
      const kind = reportKind(askAt(q))
      return kind ? [{ platform, kind, question: maskPersonal(q) }] : []
    })
    const kinds = new Set(expected.map((e) => e.kind))
    expect(kinds.has('declined') && kinds.has('clarifying')).toBe(true)
    expect(expected.some((e) => e.platform === 'api')).toBe(false)

    const db = openSqliteDriver(path)
    dbs.push(db)
    const rows = () =>
      db.all<{ platform: string; kind: string; question: string }>(
        'SELECT platform, kind, question FROM report_questions ORDER BY id'
      )
    await vi.waitFor(async () => expect((await rows()).length).toBe(expected.length))
    expect(await rows()).toEqual(expected)
    expect(JSON.stringify(await rows())).not.toContain('13812345678')
    expect(JSON.stringify(await rows())).not.toContain('张经理')
    // No column could hold a chat or user id, or a time.
    const columns = await db.all<{ name: string }>(
      "SELECT name FROM pragma_table_info('report_questions')"
    )
    expect(columns.map((c) => c.name).sort()).toEqual(
      ['confidence', 'day', 'hits', 'id', 'kind', 'platform', 'question', 'topic'].sort()
    )
    expect(
      new Set((await db.all<{ day: string }>('SELECT day FROM report_questions')).map((r) => r.day))
    ).toEqual(new Set(['2023-11-15']))

    const { clusters } = await (await reportStore).read('2000-01-01')
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(expected.length)
    // The same masked question asked on two channels is one example, counted twice.
    const offTopic = clusters.find((c) => c.examples.includes(maskPersonal(OFF_TOPIC)))
    expect(offTopic?.kinds.declined).toBeGreaterThanOrEqual(2)

    // /admin: 401 without the token, the report with it.
    const denied = await app.request('/admin')
    expect(denied.status).toBe(401)
    expect(denied.headers.get('cache-control')).toBe('no-store')
    const page = await app.request('/admin?days=30', { headers: bearer })
    expect(page.status).toBe(200)
    expect(page.headers.get('x-robots-tag')).toContain('noindex')
    expect(page.headers.get('cache-control')).toBe('no-store')
    const html = await page.text()
    for (const e of expected) expect(html).toContain(e.question)
    expect(html).not.toContain('13812345678')
    expect(
      (await app.request('/admin', { headers: { authorization: 'Bearer wrong-token-000000000' } }))
        .status
    ).toBe(401)

    const csv = await app.request('/admin/report.csv?days=30', { headers: bearer })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toMatch(/^section,topic,/)
    expect(lines.filter((l) => l.startsWith('unanswered,')).length).toBe(clusters.length)
  })

  it('logs in with a form that sets an HttpOnly cookie holding no token', async () => {
    const { app } = setup()
    const bad = await app.request('/admin/login', {
      method: 'POST',
      body: new URLSearchParams({ token: 'nope' }),
    })
    expect(bad.status).toBe(401)
    const ok = await app.request('/admin/login', {
      method: 'POST',
      body: new URLSearchParams({ token: TOKEN }),
    })
    expect(ok.status).toBe(303)
    const cookie = ok.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).not.toContain(TOKEN)
    const value = new RegExp(`${ADMIN_COOKIE}=([^;]+)`).exec(cookie)?.[1]
    const page = await app.request('/admin', { headers: { cookie: `${ADMIN_COOKIE}=${value}` } })
    expect(page.status).toBe(200)
    const forged = await app.request('/admin', {
      headers: { cookie: `${ADMIN_COOKIE}=${'0'.repeat(64)}` },
    })
    expect(forged.status).toBe(401)
  })

  it('answers 404 for /admin without ADMIN_TOKEN, and records nothing with REPORT_STORE=off', async () => {
    const { app, reportStore } = setup({ ADMIN_TOKEN: '', REPORT_STORE: 'off' })
    expect((await app.request('/admin')).status).toBe(404)
    expect(await send(app, 'wechat (plaintext)', OFF_TOPIC, 'w2')).toBe(200)
    await new Promise((r) => setTimeout(r, 50))
    expect((await (await reportStore).read('2000-01-01')).clusters).toEqual([])
  })

  it('npm run report prints the same clusters from DATABASE_PATH', async () => {
    const { app, path } = setup()
    await send(app, 'wecom-bot (smart robot)', TWO_TOPICS, 'b2')
    await send(app, 'wechat (plaintext)', OFF_TOPIC, 'w3')
    const store = await openReportStore(openSqliteDriver(path))
    await vi.waitFor(async () =>
      expect((await store.read('2000-01-01')).clusters.reduce((n, c) => n + c.count, 0)).toBe(2)
    )
    // The rows are dated by the pinned clock (2023); --days reaches back to them.
    const days = Math.ceil((Date.now() - NOW.getTime()) / 86_400_000) + 2
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/report.ts', '--days', String(days)],
      { env: { ...process.env, DATABASE_PATH: path } }
    )
    expect(stdout).toContain('unanswered or weakly answered questions: 2, by nearest topic')
    expect(stdout).toContain(`- ${TWO_TOPICS}`)
    expect(stdout).toContain(`- ${maskPersonal(OFF_TOPIC)}`)
    expect(stdout).not.toContain('13812345678')
  })
})
