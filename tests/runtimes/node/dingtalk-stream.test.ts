/**
 * DINGTALK_MODE=stream against a fake gateway (fake-dingtalk.ts) through the official SDK's
 * DWClient: the gateway call, JSON frames, acks, reconnects, and the webhook's handling rules.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/app/config'
import { setLogSink } from '../../../src/app/log'
import { createPlatformStatus, type PlatformStatus } from '../../../src/app/platform-status'
import { startDingtalkStream } from '../../../src/runtimes/dingtalk-stream'
import type { OutboundConnection } from '../../../src/runtimes/outbound-connection'
import { createRuntimeChatDeps } from '../../../src/runtimes/runtime-chat-deps'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import {
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  type FakeDingtalk,
  dingtalkTextMessage,
  startFakeDingtalk,
} from './fake-dingtalk'
import { pause, until } from './until'

const library = loadBuiltLibrary()
const QUESTION = '公司拖欠我两个月工资怎么办'

let fake: FakeDingtalk
let connection: OutboundConnection | undefined
let status: PlatformStatus
let logs: string[]
let restore: ReturnType<typeof setLogSink>

beforeEach(async () => {
  logs = []
  restore = setLogSink((l) => logs.push(l))
  fake = await startFakeDingtalk()
  status = createPlatformStatus()
})
afterEach(async () => {
  await connection?.stop()
  connection = undefined
  await fake.close()
  setLogSink(restore)
})

async function connect(secret = FAKE_CLIENT_SECRET, apiRoot = fake.apiRoot): Promise<void> {
  const config = parseConfig({
    DINGTALK_MODE: 'stream',
    DINGTALK_CLIENT_ID: FAKE_CLIENT_ID,
    DINGTALK_APP_SECRET: secret,
    DINGTALK_API_ROOT: apiRoot,
  })
  const deps = createRuntimeChatDeps(config, library)('dingtalk')
  connection = await startDingtalkStream(config, deps, {
    status,
    backoffMs: { first: 100, max: 400 },
  })
}
const state = () => status.snapshot()['dingtalk']

describe('DingTalk Stream (official SDK against a fake gateway)', () => {
  it('subscribes to the robot topic; a message in → one answer out; the frame is acked', async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    expect(fake.subscriptions()).toContainEqual({
      type: 'CALLBACK',
      topic: '/v1.0/im/bot/messages/get',
    })
    fake.sendRobotMessage(dingtalkTextMessage(fake.apiRoot, 'msg-1', QUESTION), 'frame-1')
    await until(() => fake.acks.includes('frame-1'))
    // A 1:1 answer asks for 👍/👎 as an ActionCard (its buttons send 有用/没用 as a message).
    expect(fake.replies).toEqual([{ session: 's1', msgtype: 'actionCard', text: '' }])
    await pause(300)
    expect(fake.replies).toHaveLength(1)
    expect(logs.join('\n')).not.toContain(QUESTION)
  })

  it("the ActionCard button's 「有用」 arrives as a message and is taken as feedback", async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    fake.sendRobotMessage(dingtalkTextMessage(fake.apiRoot, 'msg-q', QUESTION), 'frame-q')
    await until(() => fake.replies.length === 1)
    fake.sendRobotMessage(dingtalkTextMessage(fake.apiRoot, 'msg-fb', '有用'), 'frame-fb')
    await until(() => fake.replies.length === 2)
    expect(fake.replies[1]?.msgtype).toBe('text')
    expect(fake.replies[1]?.text).toContain('谢谢反馈')
  })

  it('a redelivered message (same msgId) is answered once, and both deliveries are acked', async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    const message = dingtalkTextMessage(fake.apiRoot, 'msg-same', QUESTION)
    fake.sendRobotMessage(message, 'frame-a')
    await until(() => fake.acks.includes('frame-a'))
    fake.sendRobotMessage(message, 'frame-b')
    await until(() => fake.acks.includes('frame-b'))
    await pause(200)
    expect(fake.replies).toHaveLength(1)
  })

  it('a reply DingTalk refuses is not acked, so the redelivery is answered', async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    fake.failReplies(1)
    const message = dingtalkTextMessage(fake.apiRoot, 'msg-retry', QUESTION)
    fake.sendRobotMessage(message, 'frame-r1')
    await until(() => logs.some((l) => l.includes('"msg":"reply failed"')))
    await pause(200)
    expect(fake.acks).not.toContain('frame-r1')
    fake.sendRobotMessage(message, 'frame-r2') // DingTalk's redelivery
    await until(() => fake.acks.includes('frame-r2'))
    expect(fake.replies).toHaveLength(1)
  })

  it('a dropped connection → reconnect (new ticket) → the next message is answered', async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    fake.dropConnections()
    await until(() => fake.connections() === 2 && state() === 'stream: connected')
    expect(fake.gatewayCalls()).toBe(2)
    expect(logs.some((l) => l.includes('"state":"stream: reconnecting"'))).toBe(true)
    fake.sendRobotMessage(dingtalkTextMessage(fake.apiRoot, 'msg-after', QUESTION), 'frame-2')
    await until(() => fake.replies.length === 1)
  })

  it('groups: only an @-mention is answered; pings are echoed; an unreadable frame is dropped', async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    const group = (msgId: string, at: boolean) => ({
      ...dingtalkTextMessage(fake.apiRoot, msgId, QUESTION),
      conversationType: '2',
      isInAtList: at,
    })
    fake.sendRaw('not json {')
    fake.ping('ping-1')
    fake.sendRobotMessage(group('msg-g1', false), 'frame-g1')
    fake.sendRobotMessage(group('msg-g2', true), 'frame-g2')
    await until(() => fake.acks.includes('frame-g1') && fake.acks.includes('frame-g2'))
    expect(fake.replies).toHaveLength(1)
    expect(fake.pongs).toEqual(['ping-1'])
    expect(state()).toBe('stream: connected')
  })

  it('a session webhook on another origin is never called (the message is acked, not answered)', async () => {
    await connect()
    await until(() => state() === 'stream: connected')
    const message = {
      ...dingtalkTextMessage(fake.apiRoot, 'msg-evil', QUESTION),
      sessionWebhook: 'http://127.0.0.2:9/steal',
    }
    fake.sendRobotMessage(message, 'frame-evil')
    await until(() => fake.acks.includes('frame-evil'))
    expect(fake.replies).toHaveLength(0)
  })

  it('refused credentials: /healthz names the variables, retried with backoff, logged once', async () => {
    await connect('wrong-secret-value')
    await until(() => fake.gatewayCalls() >= 3)
    expect(state()).toMatch(/^error: stream: DingTalk refused DINGTALK_CLIENT_ID/)
    expect(logs.join('\n')).not.toContain('wrong-secret-value')
    expect(logs.filter((l) => l.includes('"state":"error:'))).toHaveLength(1)
  })
})
