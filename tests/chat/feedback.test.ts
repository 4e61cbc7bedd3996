/**
 * 👍/👎 through the conversation layer (issue 16 item 3): an answer offers it; on text channels
 * 「1」/「2」 as the very next message is feedback (thanked, not asked), buttons carry the
 * article; one event per article per conversation, with no chat or user id in it.
 */
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { ask } from '../../src/core/ask'
import { createCalculate } from '../../src/core/calc-bridge'
import {
  createConversations,
  createMemoryDedupStore,
  createMemoryKeyValueStore,
  feedbackReplyOf,
  handleInbound,
  type ChatDeps,
  type FeedbackEvent,
  type InboundContent,
  type Reply,
} from '../../src/chat'
import { CHAT_TEXT } from '../../src/chat/messages'
import { PLAIN_MARKUP, renderReply } from '../../src/platforms/shared/render-reply'
import { utf8Length } from '../../src/platforms/shared/limits'
import { WX_TEXT_MAX_BYTES, wxReplyContent } from '../../src/platforms/shared/wx-message'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const NOW = new Date('2026-11-24T04:00:00Z')

// Questions written for these tests (not from an eval set).
const ANSWERED = '公司不给我交社保怎么办'
const OFF_TOPIC = '张经理家的猫三天不吃饭了怎么办'
const NEEDS_WAGE = '公司拖欠工资怎么办'

function setup() {
  const events: FeedbackEvent[] = []
  const deps: ChatDeps = {
    library,
    ask: (q) => ask(q, { library, today: NOW, calculate }),
    now: () => NOW,
    conversations: createConversations(createMemoryKeyValueStore()),
    dedup: createMemoryDedupStore(),
    feedback: (e) => events.push(e),
  }
  let n = 0
  const send = (content: InboundContent, chatId = 'chat-1') =>
    handleInbound(
      {
        platform: 'test',
        chatId,
        chatKind: 'private',
        addressed: true,
        messageId: `m${++n}`,
        content,
      },
      deps
    )
  const say = (text: string, chatId?: string) => send({ kind: 'text', text }, chatId)
  return { events, say, send, deps }
}

const plain = (r: Reply | null) =>
  r ? renderReply(r, PLAIN_MARKUP, { max: 100_000, measure: utf8Length }) : ''
const notice = (r: Reply | null) => (r?.kind === 'notice' ? plain(r) : null)

describe('feedback replies', () => {
  it.each([
    ['1', true],
    ['１', true],
    ['有用', true],
    ['👍', true],
    [' 2。', false],
    ['没用', false],
    ['👎', false],
    ['12', null],
    ['1年', null],
    ['有用吗', null],
    ['没用过年假', null],
  ])('%j → %s', (text, expected) => expect(feedbackReplyOf(text)).toBe(expected))
})

describe('👍/👎 in the conversation', () => {
  it('an answer offers 「回复 1 有用 / 2 没用」; 「1」 next is recorded and thanked, not asked', async () => {
    const { say, events } = setup()
    const answer = await say(ANSWERED)
    const articleId = answer?.feedback?.articleId
    expect(articleId).toBeTruthy()
    expect(answer?.feedback?.byReply).toBe(true)
    expect(plain(answer)).toContain(CHAT_TEXT.feedbackOffer)
    // The line is joined to the closing note, so a WeChat-sized cut keeps it.
    const wx = wxReplyContent(answer!)
    expect(utf8Length(wx)).toBeLessThanOrEqual(WX_TEXT_MAX_BYTES)
    expect(wx).toContain(CHAT_TEXT.feedbackOffer)

    expect(notice(await say('1'))).toBe(CHAT_TEXT.feedbackThanks)
    const article = library.byId.get(articleId!)!
    expect(events).toEqual([{ articleId, topic: article.topic, helpful: true }])
    // The offer was for one message: another 「1」 is not feedback again.
    expect(notice(await say('1'))).not.toBe(CHAT_TEXT.feedbackThanks)
    expect(events).toHaveLength(1)
  })

  it('「2」 is 👎; a message in between ends the offer', async () => {
    const { say, events } = setup()
    const answer = await say(ANSWERED)
    expect(notice(await say('没用'))).toBe(CHAT_TEXT.feedbackThanks)
    expect(events).toEqual([expect.objectContaining({ helpful: false })])
    expect(events[0]!.articleId).toBe(answer?.feedback?.articleId)

    await say(ANSWERED)
    await say('详情')
    expect(notice(await say('2'))).not.toBe(CHAT_TEXT.feedbackThanks)
    expect(events).toHaveLength(1)
  })

  it('a declined question offers nothing; a calculation waiting for a number keeps 「1」', async () => {
    const { say, events } = setup()
    const declined = await say(OFF_TOPIC)
    expect(declined?.feedback).toBeUndefined()
    expect(plain(declined)).not.toContain(CHAT_TEXT.feedbackOffer)
    expect(notice(await say('1'))).not.toBe(CHAT_TEXT.feedbackThanks)

    const offer = await say(NEEDS_WAGE)
    expect(offer?.awaiting).toBeDefined()
    // Buttons still work; the text line does not appear (a 1 may answer the calculation).
    expect(offer?.feedback?.byReply).toBe(false)
    expect(plain(offer)).not.toContain(CHAT_TEXT.feedbackOffer)
    expect(notice(await say('1'))).not.toBe(CHAT_TEXT.feedbackThanks)
    expect(events).toEqual([])
  })

  it('a button carries its article: counted once per conversation, unknown ids are not kept', async () => {
    const { say, send, events } = setup()
    const answer = await say(ANSWERED)
    const articleId = answer!.feedback!.articleId
    await say(OFF_TOPIC) // a later message does not stop the button under the older answer
    expect(notice(await send({ kind: 'feedback', helpful: false, articleId }))).toBe(
      CHAT_TEXT.feedbackThanks
    )
    expect(notice(await send({ kind: 'feedback', helpful: true, articleId }))).toBe(
      CHAT_TEXT.feedbackAgain
    )
    expect(
      notice(await send({ kind: 'feedback', helpful: true, articleId: 'no-such-article' }))
    ).toBe(CHAT_TEXT.feedbackExpired)
    // Another chat rates the same article on its own.
    expect(notice(await send({ kind: 'feedback', helpful: true, articleId }, 'chat-2'))).toBe(
      CHAT_TEXT.feedbackThanks
    )
    expect(events.map((e) => e.helpful)).toEqual([false, true])
    // Exactly the article, its topic and the verdict: nothing that names a chat or a person.
    for (const e of events) expect(Object.keys(e).sort()).toEqual(['articleId', 'helpful', 'topic'])
  })

  it('a button under an older answer leaves the latest answer’s 1/2 offer standing', async () => {
    const { say, send, events } = setup()
    const older = await say(ANSWERED)
    const latest = await say('被扣钱了怎么办')
    expect(latest?.feedback?.byReply).toBe(true)
    expect(latest?.feedback?.articleId).not.toBe(older?.feedback?.articleId)
    await send({ kind: 'feedback', helpful: true, articleId: older!.feedback!.articleId })
    expect(notice(await say('2'))).toBe(CHAT_TEXT.feedbackThanks)
    expect(events.map((e) => [e.articleId, e.helpful])).toEqual([
      [older!.feedback!.articleId, true],
      [latest!.feedback!.articleId, false],
    ])
  })

  it('a button without an article id rates the last answer', async () => {
    const { say, send, events } = setup()
    const answer = await say(ANSWERED)
    expect(notice(await send({ kind: 'feedback', helpful: true }))).toBe(CHAT_TEXT.feedbackThanks)
    expect(events[0]?.articleId).toBe(answer?.feedback?.articleId)
  })

  it('a failing hook is logged; the worker is still thanked', async () => {
    const { say, deps } = setup()
    const logs: string[] = []
    deps.feedback = () => {
      throw new Error('disk full')
    }
    deps.log = (_level, msg) => logs.push(msg)
    await say(ANSWERED)
    expect(notice(await say('1'))).toBe(CHAT_TEXT.feedbackThanks)
    expect(logs).toContain('feedback hook failed')
  })
})
