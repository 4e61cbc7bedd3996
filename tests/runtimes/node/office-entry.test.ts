/**
 * The real Node entry (`npm start`) on an "office PC": FEISHU_MODE=ws and DINGTALK_MODE=stream
 * against fake gateways on 127.0.0.1. Killing the fakes never stops the HTTP API; when they come
 * back, both connections return and answer again; SIGTERM closes them and exits cleanly.
 */
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
import { asks, health, killEntries, startEntry } from './spawn-entry'
import { pause, until } from './until'

const QUESTION = '公司拖欠我两个月工资怎么办'

const fakes: Array<FakeFeishu | FakeDingtalk> = []
afterEach(async () => {
  killEntries()
  for (const f of fakes.splice(0)) await f.close().catch(() => undefined)
})

const portOf = (root: string) => Number(new URL(root).port)

describe('npm start on a PC without a public address (Feishu ws + DingTalk stream)', () => {
  it('answers over both connections; killing the gateways never stops the HTTP API; they come back', async () => {
    let feishu = await startFakeFeishu()
    let dingtalk = await startFakeDingtalk()
    fakes.push(feishu, dingtalk)
    const { base, child, output, exited } = await startEntry({
      REPORT_STORE: 'off',
      FEISHU_MODE: 'ws',
      FEISHU_APP_ID: FAKE_APP_ID,
      FEISHU_APP_SECRET: FAKE_APP_SECRET,
      FEISHU_API_ROOT: feishu.apiRoot,
      DINGTALK_MODE: 'stream',
      DINGTALK_CLIENT_ID: FAKE_CLIENT_ID,
      DINGTALK_APP_SECRET: FAKE_CLIENT_SECRET,
      DINGTALK_API_ROOT: dingtalk.apiRoot,
    })
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

    expect(output()).not.toContain(QUESTION)
    expect(output()).not.toContain(FAKE_APP_SECRET)
    expect(output()).not.toContain(FAKE_CLIENT_SECRET)

    const t = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(Date.now() - t).toBeLessThan(4500)
  }, 60_000)
})
