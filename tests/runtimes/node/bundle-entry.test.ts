/**
 * The production bundle (`npm start` runs src/generated/server.mjs, built by ensure-built.mjs with
 * code splitting) answers exactly as the source entry does, and the code it loads only on first
 * use — grammY, in its own chunk — still loads from the bundle's chunk folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureServer } from '../../../scripts/ensure-built.mjs'
import { killEntries, startEntry } from './spawn-entry'

let dataDir: string
let bundle: string
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'gongyou-bundle-'))
  bundle = ensureServer({ say: () => undefined }).path
}, 120_000)
afterEach(() => killEntries())
afterAll(() => rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }))

const env = (name: string) => ({
  DATABASE_PATH: join(dataDir, `${name}.sqlite`),
  TELEGRAM_BOT_TOKEN: '123456:TEST-token',
  TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/webhook/telegram',
  TELEGRAM_WEBHOOK_SECRET: 'bundle-test-secret',
})

async function askAll(base: string, questions: readonly string[]): Promise<unknown[]> {
  const answers: unknown[] = []
  for (const q of questions) {
    const res = await fetch(`${base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q }),
    })
    expect(res.status).toBe(200)
    answers.push(await res.json())
  }
  return answers
}

describe('the server bundle', () => {
  const questions = ['单位拖着工资不发，我能怎么办', '月薪6000加班20小时有多少加班费', '你好']

  it('answers /api/ask exactly as the source entry', async () => {
    const source = await startEntry(env('source'))
    const expected = await askAll(source.base, questions)
    const built = await startEntry(env('bundle'), [bundle])
    expect(await askAll(built.base, questions)).toEqual(expected)
  }, 60_000)

  it('loads the Telegram webhook (grammY, a chunk of its own) on the first update', async () => {
    const built = await startEntry(env('telegram'), [bundle])
    const post = (secret: string) =>
      fetch(`${built.base}/webhook/telegram`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': secret,
        },
        body: JSON.stringify({ update_id: 1 }),
      })
    expect((await post('wrong')).status).toBe(401)
    expect((await post('bundle-test-secret')).status).toBe(200)
    expect(built.output()).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/)
  }, 60_000)
})
