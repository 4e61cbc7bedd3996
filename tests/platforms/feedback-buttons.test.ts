/**
 * 👍/👎 buttons on Feishu and DingTalk through the real webhooks (issue 16 item 3): Feishu answers
 * as a card whose buttons come back as a signed, encrypted card.action.trigger callback answered
 * with a toast; DingTalk answers 1:1 as an ActionCard whose buttons make the client send 有用/没用
 * as an ordinary signed message. Forged callbacks are refused and record nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { openReportStore } from '../../src/app/report'
import { CHAT_TEXT, feedbackReplyOf } from '../../src/chat'
import type { FeishuClient, FeishuReplyContent } from '../../src/platforms/feishu'
import { openSqliteDriver } from '../../src/runtimes/sqlite-driver'
import {
  DINGTALK_SECRET,
  FEISHU_ENV,
  FEISHU_TOKEN,
  NOW,
  NOW_S,
  dingtalkMessage,
  dingtalkSent,
  feishuEncrypt,
  feishuEvent,
  feishuSigned,
  FEISHU_KEY,
  HARNESSES,
  library,
} from '../contract/harnesses'

let restore: ReturnType<typeof setLogSink>
beforeAll(() => {
  restore = setLogSink(() => {})
})
afterAll(() => setLogSink(restore))

// A question written for this test (not from an eval set), answered with an article.
const ANSWERED = '公司不给我交社保怎么办'

function setup() {
  const replies: FeishuReplyContent[] = []
  const feishuClient: FeishuClient = {
    async reply(_id, content) {
      replies.push(content)
    },
    botOpenId: async () => 'ou_bot',
  }
  const reportStore = openReportStore(openSqliteDriver(':memory:'))
  const app = createApp({
    library,
    now: () => NOW,
    reportStore,
    platforms: { feishuClient },
    config: parseConfig({ ...FEISHU_ENV, DINGTALK_APP_SECRET: DINGTALK_SECRET }),
  })
  const feedbackRows = async () => (await (await reportStore).read('2000-01-01')).articles
  return { app, replies, feedbackRows }
}

type Card = {
  elements: Array<{
    tag: string
    content?: string
    actions?: Array<{ text: { content: string }; value: { fb: string; a: string } }>
  }>
}

function cardAction(id: string, value: object, token: string = FEISHU_TOKEN) {
  return {
    schema: '2.0',
    header: {
      event_id: `ev-card-${id}`,
      token,
      create_time: String(NOW_S * 1000),
      event_type: 'card.action.trigger',
      tenant_key: 'tenant',
      app_id: 'cli_test',
    },
    event: {
      operator: { tenant_key: 'tenant', open_id: 'ou_worker_1' },
      token: 'c-update-token',
      action: { tag: 'button', value },
      host: 'im_message',
      context: { open_message_id: 'om_card_1', open_chat_id: 'oc_p2p_1' },
    },
  }
}
const wrap = (payload: object) =>
  JSON.stringify({ encrypt: feishuEncrypt(FEISHU_KEY, JSON.stringify(payload)) })

describe('Feishu card buttons', () => {
  it('answers as a card with 👍/👎; a signed press is a toast and one report row', async () => {
    const { app, replies, feedbackRows } = setup()
    const q = feishuSigned(
      wrap(feishuEvent('fb1', { content: JSON.stringify({ text: ANSWERED }) }))
    )
    expect((await app.request(q.path, q.init)).status).toBe(200)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.msg_type).toBe('interactive')
    const card = JSON.parse(replies[0]!.content) as Card
    const markdown = card.elements.find((e) => e.tag === 'markdown')!.content!
    expect(markdown).not.toContain(CHAT_TEXT.feedbackOffer)
    const buttons = card.elements.find((e) => e.tag === 'action')!.actions!
    expect(buttons.map((b) => b.text.content)).toEqual([
      CHAT_TEXT.feedbackUp,
      CHAT_TEXT.feedbackDown,
    ])
    const down = buttons[1]!.value
    const article = library.byId.get(down.a)!
    expect(article).toBeDefined()

    // Forged signature, wrong verification token: refused, nothing recorded.
    const forged = feishuSigned(wrap(cardAction('x', down)), String(NOW_S), true)
    expect((await app.request(forged.path, forged.init)).status).toBe(401)
    const wrongToken = feishuSigned(wrap(cardAction('y', down, 'not-the-token')))
    expect((await app.request(wrongToken.path, wrongToken.init)).status).toBe(401)

    const press = feishuSigned(wrap(cardAction('1', down)))
    const res = await app.request(press.path, press.init)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      toast: { type: 'success', content: CHAT_TEXT.feedbackThanks },
    })
    const again = feishuSigned(wrap(cardAction('2', down)))
    expect(await (await app.request(again.path, again.init)).json()).toEqual({
      toast: { type: 'info', content: CHAT_TEXT.feedbackAgain },
    })
    // A card callback is not a message: nothing was sent through the reply API.
    expect(replies).toHaveLength(1)
    await vi.waitFor(async () =>
      expect(await feedbackRows()).toEqual([
        { articleId: down.a, topic: article.topic, up: 0, down: 1, downShare: 1 },
      ])
    )
  })
})

describe('DingTalk ActionCard buttons', () => {
  it('answers 1:1 as an ActionCard; the button’s message is feedback, thanked and recorded', async () => {
    const { app, feedbackRows } = setup()
    const ask = dingtalkSent(dingtalkMessage('fb1', { text: { content: ANSWERED } }))
    const card = (await (await app.request(ask.path, ask.init)).json()) as {
      msgtype: string
      actionCard: { text: string; btns: Array<{ title: string; actionURL: string }> }
    }
    expect(card.msgtype).toBe('actionCard')
    // The 1/2 line stays above the buttons (typing 1 or 2 works where a button does not).
    expect(card.actionCard.text).toContain(CHAT_TEXT.feedbackOffer)
    expect(card.actionCard.btns.map((b) => b.title)).toEqual([
      CHAT_TEXT.feedbackUp,
      CHAT_TEXT.feedbackDown,
    ])
    // Each button makes the client send a message; what it sends reads as 👍 / 👎.
    const sends = card.actionCard.btns.map((b) => {
      const url = new URL(b.actionURL)
      expect(url.protocol).toBe('dtmd:')
      return url.searchParams.get('content')!
    })
    expect(sends.map(feedbackReplyOf)).toEqual([true, false])

    const forged = dingtalkSent(
      dingtalkMessage('fb2', { text: { content: sends[0] } }),
      String(NOW_S * 1000),
      true
    )
    expect((await app.request(forged.path, forged.init)).status).toBe(401)
    const pressed = dingtalkSent(dingtalkMessage('fb3', { text: { content: sends[0] } }))
    const thanks = (await (await app.request(pressed.path, pressed.init)).json()) as {
      text: { content: string }
    }
    expect(thanks.text.content).toBe(CHAT_TEXT.feedbackThanks)
    await vi.waitFor(async () =>
      expect(await feedbackRows()).toEqual([expect.objectContaining({ up: 1, down: 0 })])
    )
  })

  it('in a group keeps markdown with the 「回复 1 有用 / 2 没用」 line (a button’s message would not @ the robot)', async () => {
    const { app } = setup()
    const ask = dingtalkSent(
      dingtalkMessage('fb4', {
        conversationType: '2',
        isInAtList: true,
        senderStaffId: 'member-1',
        text: { content: ANSWERED },
      })
    )
    const body = (await (await app.request(ask.path, ask.init)).json()) as {
      msgtype: string
      markdown: { text: string }
    }
    expect(body.msgtype).toBe('markdown')
    expect(body.markdown.text).toContain(CHAT_TEXT.feedbackOffer)
  })
})

describe('text channels: 「回复 1 有用 / 2 没用」', () => {
  const TEXT_CHANNELS = [
    'wechat (plaintext)',
    'wechat (safe mode)',
    'wecom (self-built app)',
    'wecom-bot (smart robot)',
  ]
  it.each(TEXT_CHANNELS)(
    '%s: the answer ends with the line; 「1」 next is thanked',
    async (name) => {
      const h = HARNESSES.find((x) => x.name === name)!
      const s = h.start()
      const say = async (text: string, id: string) => {
        const sent = await h.text(text, id)
        const res = await s.app.request(sent.path, sent.init)
        expect(res.status).toBe(200)
        return (await s.reply(res)) ?? ''
      }
      const answer = await say(ANSWERED, 'tl-1')
      expect(answer).toContain(CHAT_TEXT.feedbackOffer)
      expect(h.measure(answer)).toBeLessThanOrEqual(h.max)
      expect(await say('1', 'tl-2')).toContain(CHAT_TEXT.feedbackThanks)
    }
  )
})
