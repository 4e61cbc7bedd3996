/**
 * The real Node entry (`npm start`) on an "office PC": FEISHU_MODE=ws and DINGTALK_MODE=stream
 * against fake gateways on 127.0.0.1. Killing the fakes never stops the HTTP API; when they come
 * back, both connections return and answer again; SIGTERM closes them and exits cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { type AddressInfo, createServer as createNetServer } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  type FakeDingtalk,
  dingtalkTextMessage,
  startFakeDingtalk,
} from './fake-dingtalk'
import {
  FAKE_APP_ID,
  FAKE_APP_SECRET,
  type FakeFeishu,
  feishuTextEvent,
  startFakeFeishu,
} from './fake-feishu'
import { pause, until } from './until'

const NODE = process.execPath
const ENTRY = ['--import', 'tsx', 'src/runtimes/node.ts']
const QUESTION = '公司拖欠我两个月工资怎么办'

const children: ChildProcess[] = []
const fakes: Array<FakeFeishu | FakeDingtalk> = []
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL')
  for (const f of fakes.splice(0)) await f.close().catch(() => undefined)
})

async function freePort(): Promise<number> {
  const s = createNetServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return port
}

const portOf = (root: string) => Number(new URL(root).port)

async function health(base: string) {
  return (await (await fetch(`${base}/healthz`)).json()) as {
    ok: boolean
    platforms: Record<string, string>
  }
}

async function asks(base: string): Promise<boolean> {
  const res = await fetch(`${base}/api/ask`, {
    method: 'POST',
    body: JSON.stringify({ q: '公司不给我交社保怎么办' }),
    headers: { 'content-type': 'application/json' },
  })
  return res.status === 200 && ((await res.json()) as { declined: boolean }).declined === false
}

describe('npm start on a PC without a public address (Feishu ws + DingTalk stream)', () => {
  it('answers over both connections; killing the gateways never stops the HTTP API; they come back', async () => {
    let feishu = await startFakeFeishu()
    let dingtalk = await startFakeDingtalk()
    fakes.push(feishu, dingtalk)
    const port = await freePort()
    const child = spawn(NODE, ENTRY, {
      env: {
        PATH: process.env['PATH'] ?? '',
        HOST: '127.0.0.1',
        PORT: String(port),
        REPORT_STORE: 'off',
        FEISHU_MODE: 'ws',
        FEISHU_APP_ID: FAKE_APP_ID,
        FEISHU_APP_SECRET: FAKE_APP_SECRET,
        FEISHU_API_ROOT: feishu.apiRoot,
        DINGTALK_MODE: 'stream',
        DINGTALK_CLIENT_ID: FAKE_CLIENT_ID,
        DINGTALK_APP_SECRET: FAKE_CLIENT_SECRET,
        DINGTALK_API_ROOT: dingtalk.apiRoot,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    let out = ''
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
    const base = `http://127.0.0.1:${port}`
    await until(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok === true, 20_000)
    await until(async () => {
      const { platforms } = await health(base)
      return (
        platforms['feishu'] === 'ws: connected' && platforms['dingtalk'] === 'stream: connected'
      )
    }, 20_000)

    feishu.sendEvent(feishuTextEvent('ev-1', 'om_first', QUESTION))
    dingtalk.sendRobotMessage(dingtalkTextMessage(dingtalk.apiRoot, 'msg-1', QUESTION), 'f-1')
    await until(() => feishu.replies.length === 1 && dingtalk.replies.length === 1)

    // Both gateways die.
    const feishuPort = portOf(feishu.apiRoot)
    const dingtalkPort = portOf(dingtalk.apiRoot)
    await feishu.close()
    await dingtalk.close()
    await until(async () => {
      const { platforms } = await health(base)
      return (
        /^(ws: reconnecting|error: ws: )/.test(platforms['feishu'] ?? '') &&
        /^(stream: reconnecting|error: stream: )/.test(platforms['dingtalk'] ?? '')
      )
    })
    await pause(1500) // a few failed reconnects later
    expect(child.exitCode).toBeNull()
    expect((await health(base)).ok).toBe(true)
    expect(await asks(base)).toBe(true)

    // They come back on the same addresses: both reconnect and answer.
    feishu = await startFakeFeishu(feishuPort)
    dingtalk = await startFakeDingtalk(dingtalkPort)
    fakes.push(feishu, dingtalk)
    await until(async () => {
      const { platforms } = await health(base)
      return (
        platforms['feishu'] === 'ws: connected' && platforms['dingtalk'] === 'stream: connected'
      )
    }, 20_000)
    feishu.sendEvent(feishuTextEvent('ev-2', 'om_second', QUESTION))
    dingtalk.sendRobotMessage(dingtalkTextMessage(dingtalk.apiRoot, 'msg-2', QUESTION), 'f-2')
    await until(() => feishu.replies.length === 1 && dingtalk.replies.length === 1)

    expect(out).not.toContain(QUESTION)
    expect(out).not.toContain(FAKE_APP_SECRET)
    expect(out).not.toContain(FAKE_CLIENT_SECRET)

    const t = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(Date.now() - t).toBeLessThan(4500)
  }, 60_000)
})
