/**
 * FEISHU_MODE=ws against a fake Feishu (fake-feishu.ts) through the official SDK's WSClient:
 * the endpoint lookup, protobuf frames, acks, reconnects, and the webhook's handling rules.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseConfig } from '../../../src/app/config'
import { setLogSink } from '../../../src/app/log'
import type { ReportRecorder } from '../../../src/app/report'
import { createPlatformStatus, type PlatformStatus } from '../../../src/app/platform-status'
import { startFeishuWs } from '../../../src/runtimes/feishu-ws'
import type { OutboundConnection } from '../../../src/runtimes/outbound-connection'
import { createRuntimeChatDeps } from '../../../src/runtimes/runtime-chat-deps'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import {
  FAKE_APP_ID,
  FAKE_APP_SECRET,
  FAKE_BOT_OPEN_ID,
  type FakeFeishu,
  feishuTextEvent,
  startFakeFeishu,
} from './fake-feishu'
import { pause, until } from './until'

const library = loadBuiltLibrary()
const QUESTION = '公司拖欠我两个月工资怎么办'

let fake: FakeFeishu
let connection: OutboundConnection | undefined
let status: PlatformStatus
let logs: string[]
let restore: ReturnType<typeof setLogSink>

beforeEach(async () => {
  logs = []
  restore = setLogSink((l) => logs.push(l))
  fake = await startFakeFeishu()
  status = createPlatformStatus()
})
afterEach(async () => {
  await connection?.stop()
  connection = undefined
  await fake.close()
  setLogSink(restore)
})

async function connect(secret = FAKE_APP_SECRET, recorder?: ReportRecorder): Promise<void> {
  const config = parseConfig({
    FEISHU_MODE: 'ws',
    FEISHU_APP_ID: FAKE_APP_ID,
    FEISHU_APP_SECRET: secret,
    FEISHU_API_ROOT: fake.apiRoot,
  })
  const deps = createRuntimeChatDeps(config, library, undefined, recorder)('feishu')
  connection = await startFeishuWs(config, deps, {
    status,
    restartBackoffMs: { first: 100, max: 400 },
  })
}
const state = () => status.snapshot()['feishu']

describe('Feishu long connection (official SDK against a fake gateway)', () => {
  it('a message in → one answer out, through the reply API; the event is acked 200', async () => {
    await connect()
    await until(() => state() === 'ws: connected')
    const frame = fake.sendEvent(feishuTextEvent('ev-1', 'om_msg1', QUESTION))
    await until(() => fake.replies.length === 1)
    expect(fake.replies[0]).toMatchObject({ messageId: 'om_msg1', msgType: 'post' })
    await until(() => fake.acks.some((a) => a.frameId === frame))
    expect(fake.acks.find((a) => a.frameId === frame)?.code).toBe(200)
    await pause(300)
    expect(fake.replies).toHaveLength(1)
    // State changes are logged; the question never is.
    expect(logs.join('\n')).not.toContain(QUESTION)
    expect(logs.some((l) => l.includes('"state":"ws: connected"'))).toBe(true)
  })

  it('👍/👎 without card buttons (no callbacks over the connection): 「1」 after an answer is feedback', async () => {
    const recorder = { afterAnswer: vi.fn(), afterFeedback: vi.fn() }
    await connect(FAKE_APP_SECRET, recorder as unknown as ReportRecorder)
    await until(() => state() === 'ws: connected')
    fake.sendEvent(feishuTextEvent('ev-q', 'om_q', QUESTION))
    await until(() => fake.replies.length === 1)
    expect(fake.replies[0]?.msgType).toBe('post')
    expect(fake.replies[0]?.content).toContain('回复 1 有用 / 2 没用')
    fake.sendEvent(feishuTextEvent('ev-fb', 'om_fb', '1'))
    await until(() => fake.replies.length === 2)
    expect(fake.replies[1]?.content).toContain('谢谢反馈')
    expect(recorder.afterFeedback).toHaveBeenCalledWith(
      expect.objectContaining({ platform: 'feishu', helpful: true })
    )
  })

  it('a redelivered event (same event_id) is answered once, and both deliveries are acked', async () => {
    await connect()
    await until(() => state() === 'ws: connected')
    const event = feishuTextEvent('ev-same', 'om_msg2', QUESTION)
    const first = fake.sendEvent(event)
    await until(() => fake.replies.length === 1)
    const second = fake.sendEvent(event)
    await until(() => fake.acks.some((a) => a.frameId === second))
    await pause(300)
    expect(fake.replies).toHaveLength(1)
    expect(fake.acks.map((a) => a.frameId)).toEqual([first, second])
  })

  it('a dropped connection → the SDK reconnects → the next message is answered', async () => {
    await connect()
    await until(() => state() === 'ws: connected')
    fake.sendEvent(feishuTextEvent('ev-a', 'om_before', QUESTION))
    await until(() => fake.replies.length === 1)
    fake.dropConnections()
    await until(() => fake.connections() === 2 && state() === 'ws: connected')
    expect(logs.some((l) => l.includes('"state":"ws: reconnecting"'))).toBe(true)
    fake.sendEvent(feishuTextEvent('ev-b', 'om_after', '试用期被辞退有补偿吗'))
    await until(() => fake.replies.length === 2)
    expect(fake.replies[1]?.messageId).toBe('om_after')
  })

  it('groups follow the webhook rule: only an @-mention of this bot is answered', async () => {
    await connect()
    await until(() => state() === 'ws: connected')
    const group = (eventId: string, messageId: string, mentioned: string[]) => {
      const e = feishuTextEvent(eventId, messageId, `@_user_1 ${QUESTION}`) as {
        event: { message: Record<string, unknown> }
      }
      e.event.message['chat_type'] = 'group'
      e.event.message['mentions'] = mentioned.map((id) => ({
        key: '@_user_1',
        id: { open_id: id },
      }))
      return e
    }
    fake.sendEvent(group('ev-g1', 'om_nomention', []))
    fake.sendEvent(group('ev-g2', 'om_other', ['ou_someoneelse0000000000000000001']))
    fake.sendEvent(group('ev-g3', 'om_us', [FAKE_BOT_OPEN_ID]))
    await until(() => fake.acks.length === 3)
    await pause(200)
    expect(fake.replies.map((r) => r.messageId)).toEqual(['om_us'])
  })

  it('a refused app secret: /healthz says so without the secret, and the SDK is retried', async () => {
    await connect('wrong-secret-value')
    await until(() => /^error: ws: Feishu refused FEISHU_APP_ID/.test(state() ?? ''))
    // Started again after the backoff (100, 200, 400 ms), the error logged once, not per attempt.
    await until(() => fake.endpointCalls() >= 3)
    expect(state()).toMatch(/^error: ws: Feishu refused FEISHU_APP_ID/)
    expect(logs.join('\n')).not.toContain('wrong-secret-value')
    expect(logs.filter((l) => l.includes('"level":"error"'))).toHaveLength(1)
  })
})
