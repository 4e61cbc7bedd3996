/**
 * The real Node entry (src/runtimes/node.ts, as `npm start` runs it) in a child process, with
 * Telegram long polling against a fake Bot API on 127.0.0.1 that fails in each way Telegram or
 * the network can: the HTTP API must keep answering and /healthz must say what polling is doing.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { type AddressInfo, connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { ENTRY, NODE, asks, freePort, health, killEntries, startEntry } from './spawn-entry'

const TOKEN = '123456:TEST-token'

type Mode = '401' | '409' | 'result-true' | 'null-updates' | 'html' | 'hang' | 'one-message'

interface FakeApi {
  apiRoot: string
  calls: string[]
  close(): Promise<void>
}

/** A Bot API that answers getUpdates in one broken way (sendMessage: ok, or never with 'hang'). */
async function fakeApi(mode: Mode, hangSend = false): Promise<FakeApi> {
  const calls: string[] = []
  let delivered = false
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop() ?? ''
      calls.push(method)
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (method !== 'getUpdates') {
        if (hangSend) return // never answers
        return json(200, {
          ok: true,
          result: { message_id: 1, date: 0, chat: { id: 42, type: 'private' } },
        })
      }
      switch (mode) {
        case '401':
          return json(401, { ok: false, error_code: 401, description: 'Unauthorized' })
        case '409':
          return json(409, {
            ok: false,
            error_code: 409,
            description: "Conflict: can't use getUpdates method while webhook is active",
          })
        case 'result-true':
          return json(200, { ok: true, result: true })
        case 'null-updates':
          return json(200, { ok: true, result: [null] })
        case 'html':
          res.writeHead(200, { 'content-type': 'text/html' })
          return res.end('<html>gateway</html>')
        case 'hang':
          return // never answers
        case 'one-message':
          if (delivered) return setTimeout(() => json(200, { ok: true, result: [] }), 200)
          delivered = true
          return json(200, {
            ok: true,
            result: [
              {
                update_id: 7,
                message: {
                  message_id: 1,
                  date: 0,
                  chat: { id: 42, type: 'private', first_name: 'A' },
                  from: { id: 42, is_bot: false, first_name: 'A' },
                  text: '老板拖欠我两个月工资怎么办',
                },
              },
            ],
          })
      }
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

const children: ChildProcess[] = []
const apis: FakeApi[] = []
afterEach(async () => {
  killEntries()
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL')
  for (const a of apis.splice(0)) await a.close()
})

async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`condition not met within ${ms} ms`)
}

const polling = async (mode: Mode | 'refused', hangSend = false) => {
  let apiRoot = `http://127.0.0.1:${await freePort()}` // nothing listens: connection refused
  let api: FakeApi | undefined
  if (mode !== 'refused') {
    api = await fakeApi(mode, hangSend)
    apis.push(api)
    apiRoot = api.apiRoot
  }
  const entry = await startEntry({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot })
  return { ...entry, api }
}

describe('npm start with Telegram long polling: the server never goes down', () => {
  it.each<[Mode | 'refused', RegExp]>([
    ['401', /^error: 401 unauthorized/],
    ['409', /^error: 409 conflict: a webhook is set/],
    ['result-true', /^error: malformed Bot API response/],
    ['null-updates', /^error: malformed Bot API response/],
    ['html', /^error: malformed Bot API response/],
    ['refused', /^error: Bot API unreachable/],
  ])(
    'getUpdates %s → /healthz telegram %s, HTTP API answers',
    async (mode, state) => {
      const { base, child, output, api } = await polling(mode)
      await until(async () => state.test((await health(base)).platforms['telegram'] ?? ''), 10_000)
      // Long enough for at least one retry (first backoff 1 s): still up, still answering.
      await new Promise((r) => setTimeout(r, 1500))
      expect(child.exitCode).toBeNull()
      expect(await asks(base)).toBe(true)
      const h = await health(base)
      expect(h.ok).toBe(true)
      expect(h.platforms['telegram']).toMatch(state)
      if (mode === '401') {
        // Stopped for good: one getUpdates, one clear error line naming the variable.
        expect(api!.calls.filter((m) => m === 'getUpdates')).toHaveLength(1)
        const lines = output()
          .split('\n')
          .filter((l) => l.includes('"level":"error"'))
        expect(lines).toHaveLength(1)
        expect(lines[0]).toMatch(/TELEGRAM_BOT_TOKEN/)
      } else if (mode !== 'refused') {
        expect(api!.calls.filter((m) => m === 'getUpdates').length).toBeGreaterThanOrEqual(2)
      }
      // Each state is logged once, not once per retry.
      expect(
        output()
          .split('\n')
          .filter((l) => l.includes('"state":"error:')).length
      ).toBe(1)
      expect(output()).not.toContain(TOKEN.split(':')[1]!)
    },
    40_000
  )

  it('an API that never answers: polling is "starting", the HTTP API answers', async () => {
    const { base, child } = await polling('hang')
    await new Promise((r) => setTimeout(r, 1000))
    expect(child.exitCode).toBeNull()
    expect((await health(base)).platforms['telegram']).toBe('starting')
    expect(await asks(base)).toBe(true)
  }, 40_000)

  it('a working API: "polling", and the question is answered', async () => {
    const { base, api } = await polling('one-message')
    await until(() => api!.calls.includes('sendMessage'), 10_000)
    expect((await health(base)).platforms['telegram']).toBe('polling')
  }, 40_000)
})

/** Starts a request whose body never finishes: the server holds it in flight. */
async function pendingRequest(base: string): Promise<Socket> {
  const { port } = new URL(base)
  const socket = connect(Number(port), '127.0.0.1')
  await new Promise((r) => socket.once('connect', r))
  socket.write(
    'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q":'
  )
  socket.on('error', () => undefined)
  return socket
}

describe('npm start shutdown', () => {
  it('SIGTERM with a Telegram reply pending (the API hangs) exits within the grace period', async () => {
    const { child, api, exited } = await polling('one-message', true)
    await until(() => api!.calls.includes('sendMessage'), 10_000)
    const t = Date.now()
    child.kill('SIGTERM')
    await exited
    // The 5 s grace, plus slack for a loaded CI machine (the hung reply itself is not awaited).
    expect(Date.now() - t).toBeLessThan(10_000)
  }, 40_000)

  it('SIGTERM with a request in flight stops accepting, then abandons it after the grace period', async () => {
    const { base, child, exited } = await startEntry({})
    const socket = await pendingRequest(base)
    const t = Date.now()
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    expect(child.exitCode).toBeNull()
    await expect(fetch(`${base}/healthz`)).rejects.toThrow() // no longer accepting
    expect(await exited).toBe(1)
    expect(Date.now() - t).toBeGreaterThanOrEqual(4000)
    expect(Date.now() - t).toBeLessThan(10_000)
    socket.destroy()
  }, 40_000)

  it('a second SIGTERM exits at once', async () => {
    const { base, child, exited } = await startEntry({})
    const socket = await pendingRequest(base)
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 300))
    const t = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(1)
    expect(Date.now() - t).toBeLessThan(3000) // well inside the 5 s grace
    socket.destroy()
  }, 40_000)

  it('SIGTERM with nothing in flight exits cleanly (0) and promptly', async () => {
    const { child, exited } = await startEntry({})
    const t = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(Date.now() - t).toBeLessThan(4500) // before the 5 s grace: nothing was abandoned
  }, 40_000)
})

describe('npm start with a bad configuration', () => {
  it.each([
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'example.org' }],
    ['FEISHU', { FEISHU_APP_ID: 'cli_x' }],
  ])(
    'stops with one line naming %s',
    async (name, env) => {
      const child = spawn(NODE, ENTRY, {
        env: { PATH: process.env['PATH'] ?? '', PORT: String(await freePort()), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      children.push(child)
      let err = ''
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      const code = await new Promise<number | null>((r) => child.on('exit', r))
      expect(code).toBe(1)
      const lines = err.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(name)
    },
    30_000
  )
})
