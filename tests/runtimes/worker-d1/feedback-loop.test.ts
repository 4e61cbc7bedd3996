/**
 * Issue 16's done-when on D1 inside workerd (the real Worker bundle, GONGYOU_DB bound): declined,
 * clarifying and weak questions and 👍/👎 through WeChat, DingTalk, Feishu and the web page,
 * written after the reply through waitUntil, then read back from /admin, the CSV and the
 * report text — grouped, masked and counted. Requests are signed with the app's own Web Crypto
 * helpers (workerd has no node:crypto here).
 */
import { SELF, env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { type D1Like, createD1Driver, createReportStore } from '../../../src/app/report'
import { formatReportText } from '../../../src/app/report/format-report'
import { CHAT_TEXT } from '../../../src/chat'
import { dingtalkSign } from '../../../src/platforms/dingtalk'
import { feishuSignature } from '../../../src/platforms/feishu'
import { wxSignature } from '../../../src/platforms/shared/wx-crypt'
import { buildXml } from '../../../src/platforms/shared/xml'

const auth = { authorization: 'Bearer workerd-admin-token-0123' }
const db = () => (env as unknown as { GONGYOU_DB: D1Like }).GONGYOU_DB

// Questions written for this test (not from any eval set).
const OFF_TOPIC = '赵经理家的空调不制冷怎么办，我电话13712345678'
const MASKED = '某经理家的空调不制冷怎么办，我电话[手机号]'
// Between two close topics (contract ending vs severance), so the bot asks which is meant.
const TWO_TOPICS = '合同快到期了单位说不续，给不给钱'
const ANSWERED = '公司不给我交社保怎么办'
const VAGUE = ['请假扣钱合理吗', '工服要自己买吗', '上班的问题想问问', '老板说的规矩']

let msgId = 1_000_000
async function wechat(text: string): Promise<string> {
  const ts = String(Math.floor(Date.now() / 1000))
  const signature = await wxSignature('workerd_wechat_token', ts, 'n1')
  const body = buildXml({
    ToUserName: 'gh_test',
    FromUserName: 'o_worker_user',
    CreateTime: Number(ts),
    MsgType: 'text',
    Content: text,
    MsgId: String(++msgId),
  })
  const res = await SELF.fetch(
    `http://worker/webhook/wechat?signature=${signature}&timestamp=${ts}&nonce=n1&openid=o_worker_user`,
    { method: 'POST', body }
  )
  expect(res.status).toBe(200)
  return res.text()
}

interface DingtalkReply {
  msgtype: string
  text?: { content: string }
  actionCard?: { btns: Array<{ actionURL: string }> }
}

async function dingtalk(text: string): Promise<DingtalkReply> {
  const ts = String(Date.now())
  const res = await SELF.fetch('http://worker/webhook/dingtalk', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      timestamp: ts,
      sign: await dingtalkSign('workerd dingtalk secret', ts),
    },
    body: JSON.stringify({
      msgId: `d${++msgId}`,
      msgtype: 'text',
      conversationId: 'cid-worker',
      conversationType: '1',
      senderStaffId: 'staff-worker',
      text: { content: text },
    }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as DingtalkReply
}

async function feishuPress(articleId: string, helpful: boolean): Promise<unknown> {
  const raw = JSON.stringify({
    schema: '2.0',
    header: {
      event_id: `ev-w-${++msgId}`,
      token: 'workerd_feishu_token',
      event_type: 'card.action.trigger',
    },
    event: {
      operator: { open_id: 'ou_worker_person' },
      action: { tag: 'button', value: { fb: helpful ? '1' : '0', a: articleId } },
      context: { open_chat_id: 'oc_worker_chat', open_message_id: 'om_w' },
    },
  })
  const ts = String(Math.floor(Date.now() / 1000))
  const res = await SELF.fetch('http://worker/webhook/feishu', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': ts,
      'x-lark-request-nonce': 'nn',
      'x-lark-signature': await feishuSignature(ts, 'nn', 'workerd feishu key', raw),
    },
    body: raw,
  })
  expect(res.status).toBe(200)
  return res.json()
}

describe('the feedback loop on D1 (issue 16 done-when)', () => {
  it('questions and 👍/👎 from WeChat, DingTalk, Feishu and the web land in D1 and the report', async () => {
    // Questions: declined (WeChat, web), asked back (DingTalk), weak (WeChat, from the vague set).
    await wechat(OFF_TOPIC)
    await dingtalk(TWO_TOPICS)
    for (const q of VAGUE) await wechat(q)
    await (await SELF.fetch(`http://worker/?q=${encodeURIComponent(OFF_TOPIC)}`)).arrayBuffer()

    // 👍/👎 on one article: WeChat 「2」, DingTalk's 👍 button message, Feishu 👎, web 👎.
    const asked = await SELF.fetch('http://worker/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: ANSWERED }),
    })
    const articleId = ((await asked.json()) as { answer: { articleId: string } }).answer.articleId
    expect(await wechat(ANSWERED)).toContain(CHAT_TEXT.feedbackOffer)
    expect(await wechat('2')).toContain(CHAT_TEXT.feedbackThanks)
    const card = await dingtalk(ANSWERED)
    expect(card.msgtype).toBe('actionCard')
    const up = new URL(card.actionCard!.btns[0]!.actionURL).searchParams.get('content')!
    expect((await dingtalk(up)).text?.content).toBe(CHAT_TEXT.feedbackThanks)
    expect(await feishuPress(articleId, false)).toEqual({
      toast: { type: 'success', content: CHAT_TEXT.feedbackThanks },
    })
    const web = await SELF.fetch('http://worker/feedback', {
      method: 'POST',
      headers: { origin: 'http://worker' },
      body: new URLSearchParams({ article: articleId, helpful: '0' }),
    })
    expect(web.status).toBe(200)
    await web.arrayBuffer()

    // Written through waitUntil into the real D1 database: masked, no ids, kinds and counts.
    const questions = () =>
      db()
        .prepare(
          "SELECT platform, kind, question FROM report_questions WHERE platform IN ('wechat', 'dingtalk', 'web') ORDER BY id"
        )
        .bind()
        .all<{ platform: string; kind: string; question: string }>()
    const feedback = () =>
      db()
        .prepare(
          'SELECT platform, article_id, helpful FROM report_feedback WHERE article_id = ? ORDER BY id'
        )
        .bind(articleId)
        .all<{ platform: string; article_id: string; helpful: number }>()
    await vi.waitFor(async () => expect((await feedback()).results).toHaveLength(4))
    await vi.waitFor(async () =>
      expect((await questions()).results.filter((r) => r.question === MASKED)).toHaveLength(2)
    )
    const rows = (await questions()).results
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['declined', 'clarifying', 'low-confidence'])
    )
    expect(rows).toContainEqual({ platform: 'dingtalk', kind: 'clarifying', question: TWO_TOPICS })
    expect((await feedback()).results.map((r) => [r.platform, r.helpful])).toEqual([
      ['wechat', 0],
      ['dingtalk', 1],
      ['feishu', 0],
      ['web', 0],
    ])
    const dump = JSON.stringify([rows, (await feedback()).results])
    for (const secret of ['13712345678', '赵经理', 'o_worker_user', 'staff-worker', 'ou_worker'])
      expect(dump).not.toContain(secret)

    // /admin and its CSV, and the report text over the same D1 rows.
    const html = await (await SELF.fetch('http://worker/admin', { headers: auth })).text()
    expect(html).toContain(MASKED)
    expect(html).not.toContain('13712345678')
    expect(html).toContain(`<a href="/articles/${articleId}">${articleId}</a>`)
    expect(html).toContain('75%')
    const csv = await (await SELF.fetch('http://worker/admin/report.csv', { headers: auth })).text()
    expect(
      csv.split('\r\n').find((l: string) => l.startsWith(`feedback,`) && l.includes(articleId))
    ).toMatch(/,4,,,,1,3,0\.75,$/)
    const data = await createReportStore(createD1Driver(db())).read('2000-01-01')
    const text = formatReportText(data, []).join('\n')
    expect(text).toContain(`- ${MASKED}`)
    expect(text).toMatch(new RegExp(`${articleId} \\[[a-z-]+\\]: 👎 3 / 👍 1 = 75%`))
    const offTopic = data.clusters.find((c) => c.examples.includes(MASKED))!
    expect(offTopic.kinds.declined).toBeGreaterThanOrEqual(2)
  })
})
