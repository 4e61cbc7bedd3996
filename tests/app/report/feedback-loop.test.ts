/**
 * Issue 16's done-when, on SQLite: declined, clarifying and weak questions and 👍/👎 arrive
 * through WeChat, DingTalk, Feishu and the web page; /admin and the report text (what
 * `npm run report` prints) show them grouped by nearest topic, masked and counted. The same
 * walk on D1 inside workerd: tests/runtimes/worker-d1/report.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { openReportStore, reportKind } from '../../../src/app/report'
import { CHAT_TEXT, maskPersonal } from '../../../src/chat'
import { ask } from '../../../src/core/ask'
import { createCalculate } from '../../../src/core/calc-bridge'
import type { FeishuClient } from '../../../src/platforms/feishu'
import { openSqliteDriver, type SqliteDriver } from '../../../src/runtimes/sqlite-driver'
import { reportLines } from '../../../scripts/report'
import {
  DINGTALK_SECRET,
  FEISHU_ENV,
  FEISHU_TOKEN,
  HARNESSES,
  NOW,
  NOW_S,
  dingtalkMessage,
  dingtalkSent,
  feishuSigned,
  library,
} from '../../contract/harnesses'

const TOKEN = 'editor-token-0123456789'
const calculate = createCalculate(library)!
const askAt = (q: string) => ask(q, { library, today: NOW, calculate })

// Questions written for this test (not from any eval set).
const OFF_TOPIC = '刘经理家的鱼缸漏水了怎么修，我手机13812345678'
// Between two close topics (contract ending vs severance), so the bot asks which is meant.
const TWO_TOPICS = '合同快到期了单位说不续，给不给钱'
const ANSWERED = '公司不给我交社保怎么办'
// Vague questions that may be answered weakly; the first the current ranking answers with low
// confidence is used (ranking changes must not silently drop the case: the test fails instead).
const VAGUE = ['请假扣钱合理吗', '工服要自己买吗', '上班的问题想问问', '老板说的规矩']

const dirs: string[] = []
const dbs: SqliteDriver[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('the feedback loop on SQLite (issue 16 done-when)', () => {
  it('questions and 👍/👎 from WeChat, DingTalk, Feishu and the web: grouped, masked, counted in /admin and the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongyou-loop-'))
    dirs.push(dir)
    const path = join(dir, 'gongyou.sqlite')
    const db = openSqliteDriver(path)
    dbs.push(db)
    const reportStore = openReportStore(db)
    const feishuClient: FeishuClient = { reply: async () => {}, botOpenId: async () => 'ou_bot' }
    const app = createApp({
      library,
      now: () => NOW,
      calculate,
      reportStore,
      platforms: { feishuClient },
      config: parseConfig({
        ADMIN_TOKEN: TOKEN,
        WECHAT_TOKEN: 'gongyou_test_token',
        DINGTALK_APP_SECRET: DINGTALK_SECRET,
        ...FEISHU_ENV,
      }),
    })
    const wechat = HARNESSES.find((h) => h.name === 'wechat (plaintext)')!
    const wx = async (text: string, id: string) => {
      const sent = await wechat.text(text, id)
      const res = await app.request(sent.path, sent.init)
      expect(res.status).toBe(200)
      return await res.text()
    }
    const ding = async (text: string, id: string) => {
      const sent = dingtalkSent(dingtalkMessage(id, { text: { content: text } }))
      const res = await app.request(sent.path, sent.init)
      expect(res.status).toBe(200)
      return (await res.json()) as {
        msgtype: string
        text?: { content: string }
        actionCard?: { btns: Array<{ actionURL: string }> }
      }
    }

    const vague = VAGUE.find((q) => reportKind(askAt(q)) === 'low-confidence')
    expect(vague, 'no vague question is answered with low confidence any more').toBeDefined()
    const asked: Array<[string, string]> = [
      ['wechat', OFF_TOPIC],
      ['dingtalk', TWO_TOPICS],
      ['wechat', vague!],
      ['web', OFF_TOPIC],
    ]
    // Questions: declined (WeChat, web), asked back (DingTalk), weak (WeChat).
    await wx(OFF_TOPIC, 'q1')
    await ding(TWO_TOPICS, 'q2')
    await wx(vague!, 'q3')
    expect((await app.request(`/?q=${encodeURIComponent(OFF_TOPIC)}`)).status).toBe(200)

    // 👍/👎: WeChat 「2」 after an answer; DingTalk's 👍 button (the message it makes the client
    // send); a Feishu card's 👎; the web page's 👎. One article, so the counts add up there.
    const answer = askAt(ANSWERED)
    const articleId = answer.answer.articleId!
    const article = library.byId.get(articleId)!
    expect(await wx(ANSWERED, 'f1')).toContain(CHAT_TEXT.feedbackOffer)
    expect(await wx('2', 'f2')).toContain(CHAT_TEXT.feedbackThanks)
    const card = await ding(ANSWERED, 'f3')
    const up = new URL(card.actionCard!.btns[0]!.actionURL).searchParams.get('content')!
    expect((await ding(up, 'f4')).text?.content).toBe(CHAT_TEXT.feedbackThanks)
    const press = feishuSigned(
      JSON.stringify({
        schema: '2.0',
        header: { event_id: 'ev-loop-1', token: FEISHU_TOKEN, event_type: 'card.action.trigger' },
        event: {
          operator: { open_id: 'ou_worker' },
          action: { tag: 'button', value: { fb: '0', a: articleId } },
          context: { open_chat_id: 'oc_1', open_message_id: 'om_1' },
        },
      }),
      String(NOW_S)
    )
    expect(await (await app.request(press.path, press.init)).json()).toEqual({
      toast: { type: 'success', content: CHAT_TEXT.feedbackThanks },
    })
    const web = await app.request('http://localhost/feedback', {
      method: 'POST',
      headers: { origin: 'http://localhost' },
      body: new URLSearchParams({ article: articleId, helpful: '0' }),
    })
    expect(web.status).toBe(200)

    // What should be kept follows from each answer; the walk covers all three kinds.
    const expected = asked.map(([platform, q]) => ({
      platform,
      kind: reportKind(askAt(q)),
      question: maskPersonal(q),
    }))
    expect(new Set(expected.map((e) => e.kind))).toEqual(
      new Set(['declined', 'clarifying', 'low-confidence'])
    )
    const rows = () =>
      db.all<{ platform: string; kind: string; question: string }>(
        'SELECT platform, kind, question FROM report_questions ORDER BY id'
      )
    await vi.waitFor(async () => expect(await rows()).toEqual(expected))
    const feedback = () =>
      db.all<{ platform: string; article_id: string; topic: string; helpful: number; day: string }>(
        'SELECT platform, article_id, topic, helpful, day FROM report_feedback ORDER BY id'
      )
    await vi.waitFor(async () => expect(await feedback()).toHaveLength(4))
    expect(await feedback()).toEqual(
      [
        ['wechat', 0],
        ['dingtalk', 1],
        ['feishu', 0],
        ['web', 0],
      ].map(([platform, helpful]) => ({
        platform,
        article_id: articleId,
        topic: article.topic,
        helpful,
        day: '2023-11-15',
      }))
    )
    // Nothing in either table could name a worker or a chat.
    const dump = JSON.stringify([await rows(), await feedback()])
    for (const secret of ['13812345678', '刘经理', 'o_user', 'ou_worker', 'oc_1'])
      expect(dump).not.toContain(secret)

    // /admin: clusters with counts per kind and masked examples; the article's 👎 share.
    const { clusters, articles } = await (await reportStore).read('2000-01-01')
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(4)
    expect(articles).toEqual([{ articleId, topic: article.topic, up: 1, down: 3, downShare: 0.75 }])
    const html = await (
      await app.request('/admin?days=30', { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text()
    for (const e of expected) expect(html).toContain(e.question)
    expect(html).not.toContain('13812345678')
    expect(html).toContain(`<a href="/articles/${articleId}">${articleId}</a>`)
    expect(html).toContain('75%')
    const offTopic = clusters.find((c) => c.examples.includes(maskPersonal(OFF_TOPIC)))!
    expect(offTopic.kinds.declined).toBe(2)
    expect(offTopic.examples.filter((e) => e === maskPersonal(OFF_TOPIC))).toHaveLength(1)

    // The report text (npm run report) over the same file says the same.
    const text = (await reportLines(path, 30, NOW)).join('\n')
    expect(text).toContain('unanswered or weakly answered questions: 4, by nearest topic')
    expect(text).toContain(`- ${maskPersonal(OFF_TOPIC)}`)
    expect(text).toContain(`  ${articleId} [${article.topic}]: 👎 3 / 👍 1 = 75%`)
    expect(text).not.toContain('13812345678')
  })
})
