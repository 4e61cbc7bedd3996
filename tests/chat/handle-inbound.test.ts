/**
 * The conversation layer on its own: dedup committed only once a reply is sent (each outcome),
 * the dedup horizon, per-member limits with a group ceiling, the question cap, number choices,
 * 详情/证据/找谁, 取消/重新算, 「那我能拿多少？」 and a city alone updating the last calculation.
 */
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { ask } from '../../src/core/ask'
import { createCalculate } from '../../src/core/calc-bridge'
import {
  ChatSendError,
  createChatLimits,
  createConversations,
  createMemoryDedupStore,
  createMemoryKeyValueStore,
  handleInbound,
  type ChatDeps,
  type InboundMessage,
  type Reply,
} from '../../src/chat'
import { CHAT_TEXT } from '../../src/chat/messages'
import { MESSAGES } from '../../src/core/answer/messages'
import { PLAIN_MARKUP, renderReply } from '../../src/platforms/shared/render-reply'
import { charLength } from '../../src/platforms/shared/limits'
import type { AskResult } from '../../src/core'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const START = Date.parse('2026-11-24T04:00:00Z')

function setup(options: { perMinute?: number; ask?: (q: string) => AskResult } = {}) {
  let clock = START
  const logs: Array<Record<string, unknown>> = []
  const deps: ChatDeps = {
    library,
    ask: options.ask ?? ((q) => ask(q, { library, today: new Date(clock), calculate })),
    now: () => new Date(clock),
    conversations: createConversations(createMemoryKeyValueStore({ now: () => clock })),
    dedup: createMemoryDedupStore({ now: () => clock }),
    ...(options.perMinute ? { limits: createChatLimits(options.perMinute, () => clock) } : {}),
    log: (level, msg, fields) => logs.push({ level, msg, ...fields }),
  }
  let n = 0
  const msg = (text: string, over: Partial<InboundMessage> = {}): InboundMessage => ({
    platform: 'test',
    chatId: 'chat-1',
    chatKind: 'private',
    addressed: true,
    messageId: `m${++n}`,
    content: { kind: 'text', text },
    ...over,
  })
  const say = async (text: string, over: Partial<InboundMessage> = {}) =>
    handleInbound(msg(text, over), deps)
  return { deps, logs, msg, say, advance: (ms: number) => (clock += ms) }
}

const plain = (r: Reply | null): string =>
  r ? renderReply(r, PLAIN_MARKUP, { max: 100_000, measure: charLength }) : ''

describe('dedup: the mark is committed only once the reply is sent', () => {
  it('sent: a redelivery is not answered again', async () => {
    const { deps, msg } = setup()
    const m = msg('公司拖欠工资怎么办')
    let sends = 0
    const send = async () => void sends++
    expect(await handleInbound(m, deps, { send })).not.toBeNull()
    expect(await handleInbound(m, deps, { send })).toBeNull()
    expect(sends).toBe(1)
  })

  it('send failed: logged, ChatSendError thrown, and the retry is answered', async () => {
    const { deps, msg, logs } = setup()
    const m = msg('公司拖欠工资怎么办')
    await expect(
      handleInbound(m, deps, {
        send: async () => {
          throw new TypeError('network down')
        },
      })
    ).rejects.toBeInstanceOf(ChatSendError)
    expect(logs.some((l) => l['msg'] === 'reply failed' && l['error'] === 'TypeError')).toBe(true)
    let sent: Reply | null = null
    const retry = await handleInbound(m, deps, { send: async (r) => void (sent = r) })
    expect(retry).not.toBeNull()
    expect(sent).toBe(retry)
  })

  it('a duplicate arriving while the first is still being answered is not answered twice', async () => {
    const { deps, msg } = setup()
    const m = msg('公司拖欠工资怎么办')
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const first = handleInbound(m, deps, { send: () => gate })
    expect(await handleInbound(m, deps)).toBeNull()
    release()
    expect(await first).not.toBeNull()
  })

  it('passive replies (in the response) count as sent on return', async () => {
    const { deps, msg } = setup()
    const m = msg('公司拖欠工资怎么办')
    expect(await handleInbound(m, deps)).not.toBeNull()
    expect(await handleInbound(m, deps)).toBeNull()
  })

  it('a request signed before the dedup horizon is refused, not answered again', async () => {
    const { say, logs } = setup()
    const old = new Date(START - 3 * 60 * 60 * 1000)
    expect(await say('公司拖欠工资怎么办', { sentAt: old })).toBeNull()
    expect(logs.some((l) => l['msg'] === 'beyond dedup horizon')).toBe(true)
    expect(await say('公司拖欠工资怎么办', { sentAt: new Date(START - 60_000) })).not.toBeNull()
  })
})

describe('rate limit: per member, with a larger ceiling per group', () => {
  it('one member cannot silence the group; the group as a whole has a ceiling', async () => {
    const { say } = setup({ perMinute: 2 })
    const inGroup = (memberId: string) => ({ chatKind: 'group' as const, memberId })
    expect(await say('加班费怎么算', inGroup('a'))).not.toBeNull()
    expect(await say('年假怎么算', inGroup('a'))).not.toBeNull()
    expect(plain(await say('社保怎么交', inGroup('a')))).toContain(CHAT_TEXT.rateLimited)
    expect(await say('工伤怎么办', inGroup('a'))).toBeNull()
    // Member b is unaffected by a's flood.
    expect(plain(await say('工伤怎么认定', inGroup('b')))).not.toContain(CHAT_TEXT.rateLimited)
    // 5 × 2 per minute for the whole group: members c..f use up the rest, then a notice.
    const replies: string[] = []
    for (const member of ['b', 'c', 'c', 'd', 'd', 'e', 'e', 'f'])
      replies.push(plain(await say('欠薪怎么办', inGroup(member))))
    expect(replies.filter((r) => r.includes(CHAT_TEXT.rateLimited))).toHaveLength(1)
  })

  it('/start, /help, unknown commands and inline queries count', async () => {
    const { say } = setup({ perMinute: 3 })
    const command = (c: string) => ({ content: { kind: 'command' as const, command: c, args: '' } })
    expect(plain(await say('', command('start')))).toContain('工友')
    expect(plain(await say('', command('help')))).toContain('用法')
    expect(plain(await say('', command('nope')))).toContain(CHAT_TEXT.unknownCommand)
    expect(plain(await say('', command('start')))).toContain(CHAT_TEXT.rateLimited)
    expect(await say('', { content: { kind: 'inline', query: '加班费' } })).toBeNull()
  })
})

describe('the conversation', () => {
  it('answers a long message from its first 1,000 characters, with a note', async () => {
    const { say } = setup()
    const reply = plain(await say('公司拖欠我工资怎么办'.repeat(200)))
    expect(reply).toContain(MESSAGES.truncated(1000))
    expect(reply).toContain('仅供参考')
  })

  it('a short answer offers 详情/证据/找谁, by word or by number', async () => {
    const { say } = setup()
    const first = await say('公司拖欠工资两个月怎么办')
    expect(first?.choices.map((c) => c.label)).toEqual(['详情', '要带什么证据', '找谁'])
    expect([...plain(first)].length).toBeLessThanOrEqual(700)
    expect(plain(await say('要带什么证据')).includes('要保留的证据')).toBe(true)
    expect(plain(await say('3'))).toContain('12333')
    const detail = await say('详情')
    expect(detail?.kind).toBe('more')
    expect(plain(detail)).toContain('怎么办')
  })

  it('clarifying options (when ranking offers them) are numbered; 「2」 picks the second', async () => {
    const asked: string[] = []
    const real = (q: string) => ask(q, { library, today: new Date(START), calculate })
    const { say } = setup({
      ask: (q) => {
        asked.push(q)
        const r = real(q)
        return asked.length === 1
          ? ({
              ...r,
              clarify: [
                { topic: 'overtime-pay', title: '加班费怎么算' },
                { topic: 'leave-annual', title: '没休的年假能折算工资吗' },
              ],
            } as AskResult)
          : r
      },
    })
    const first = await say('我的假期和加班')
    expect(first?.choices.map((c) => c.label)).toEqual(['加班费怎么算', '没休的年假能折算工资吗'])
    expect(plain(first)).toContain('1. 加班费怎么算')
    await say('2')
    expect(asked.at(-1)).toBe('没休的年假能折算工资吗')
  })

  it('a city alone updates the last calculation with its figures (year and region shown)', async () => {
    const { say } = setup()
    await say('我被公司辞退了，能拿多少补偿')
    const done = plain(await say('月薪6000，干了3年半'))
    expect(done).toContain('24,000.00 元')
    const gz = plain(await say('广州的'))
    expect(gz).toContain('24,000.00 元')
    expect(gz).toMatch(/2,680（2026年，广东省广州市/)
  })

  it('取消 ends a pending calculation; later facts start nothing', async () => {
    const { say } = setup()
    const asked = await say('我被公司辞退了，能拿多少补偿')
    expect(asked?.awaiting).toBe('monthlyWage')
    expect(plain(await say('取消'))).toContain(CHAT_TEXT.calcCancelled)
    expect(plain(await say('8000'))).not.toContain('估算金额')
  })

  it('重新算 starts the same calculator again from nothing', async () => {
    const { say } = setup()
    await say('我被公司辞退了，能拿多少补偿')
    await say('月薪6000，干了3年半')
    const again = await say('重新算')
    expect(again?.kind).toBe('calc-question')
    expect(again?.awaiting).toBe('monthlyWage')
    expect(plain(again)).not.toContain('6,000')
  })

  it('「那我能拿多少？」 after an answer runs its calculator and asks one fact at a time', async () => {
    const { say } = setup()
    await say('试用期可以随便辞退我吗')
    const q1 = await say('那我能拿多少？')
    expect(q1?.kind).toBe('calc-question')
    expect(q1?.awaiting).toBe('monthlyWage')
    const q2 = await say('8000')
    expect(q2?.awaiting).toBe('serviceMonths')
    expect(plain(q2)).toContain('8,000')
    expect(plain(await say('干了两年'))).toContain('估算金额：32,000.00 元')
  })

  it('a new question mid-calculation is answered as a question', async () => {
    const { say } = setup()
    await say('我被公司辞退了，能拿多少补偿')
    const reply = await say('公司不给我交社保怎么办')
    expect(reply?.kind).toBe('answer')
    expect(plain(reply)).toContain('社保')
  })

  it('keeps only facts in the conversation state, keyed by a digest', async () => {
    const puts: Array<[string, string]> = []
    const memory = createMemoryKeyValueStore()
    const { deps, msg } = setup()
    deps.conversations = createConversations({
      get: (k) => memory.get(k),
      put: (k, v, t) => (puts.push([k, v]), memory.put(k, v, t)),
      delete: (k) => memory.delete(k),
    })
    await handleInbound(msg('我在广州被公司辞退了，电话13812345678，能拿多少补偿'), deps)
    await handleInbound(msg('月薪6000，干了3年半'), deps)
    expect(puts.length).toBeGreaterThan(0)
    for (const [k, v] of puts) {
      expect(k).toMatch(/^conv:test:[0-9a-f]+$/)
      expect(k).not.toContain('chat-1')
      expect(v).not.toMatch(/辞退|13812345678|能拿多少|月薪/)
    }
  })

  it('logs carry no text and no ids', async () => {
    const { say, logs } = setup()
    await say('我被公司辞退了，电话13812345678', { chatId: 'secret-chat-77' })
    const all = JSON.stringify(logs)
    expect(all).not.toMatch(/辞退|13812345678|secret-chat-77/)
    expect(logs.some((l) => l['msg'] === 'message')).toBe(true)
  })
})
