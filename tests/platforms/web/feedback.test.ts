/**
 * 👍/👎 on the web page: the article page carries two buttons in a plain form (no JS needed);
 * a same-origin POST records one rating, a cross-site one is refused, a browser's second
 * rating of the same article is thanked but not counted, and nonsense is a 400.
 */
import { describe, expect, it, vi } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { openReportStore } from '../../../src/app/report'
import { CHAT_TEXT } from '../../../src/chat'
import { FEEDBACK_COOKIE } from '../../../src/platforms/web/feedback'
import { UI } from '../../../src/platforms/web/labels'
import { openSqliteDriver } from '../../../src/runtimes/sqlite-driver'
import { library, NOW } from '../../contract/harnesses'

const ORIGIN = 'http://localhost'

function setup() {
  const reportStore = openReportStore(openSqliteDriver(':memory:'))
  const app = createApp({ library, now: () => NOW, reportStore, config: parseConfig({}) })
  const rows = async () => (await (await reportStore).read('2000-01-01')).articles
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}/feedback`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { origin: ORIGIN, ...headers },
    })
  return { app, rows, post }
}

const article = library.articles.find((a) => a.kind !== 'case')!

describe('web feedback buttons', () => {
  it('the article page has a two-button form posting to /feedback', async () => {
    const { app } = setup()
    const page = await (await app.request(`/articles/${article.id}`)).text()
    const form = /<form[^>]*action="\/feedback"[\s\S]*?<\/form>/.exec(page)?.[0] ?? ''
    expect(form).toContain('method="post"')
    expect(form).toContain(`name="article" value="${article.id}"`)
    expect(form).toContain(`name="helpful" value="1"`)
    expect(form).toContain(`name="helpful" value="0"`)
    expect(form).toContain(CHAT_TEXT.feedbackUp)
  })

  it('records a same-origin rating once per browser; refuses cross-site posts and nonsense', async () => {
    const { rows, post } = setup()
    const crossSite = await post(
      { article: article.id, helpful: '0' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }
    )
    expect(crossSite.status).toBe(403)
    expect((await post({ article: 'no-such-article', helpful: '1' })).status).toBe(400)
    expect((await post({ article: article.id, helpful: 'yes' })).status).toBe(400)

    const ok = await post({ article: article.id, helpful: '0' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('cache-control')).toBe('no-store')
    expect(await ok.text()).toContain(UI.feedbackThanks)
    const cookie = /gongyou_rated=[^;]+/.exec(ok.headers.get('set-cookie') ?? '')?.[0] ?? ''
    expect(cookie).toBe(`${FEEDBACK_COOKIE}=${article.id}`)
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/)

    const again = await post({ article: article.id, helpful: '1' }, { cookie })
    expect(await again.text()).toContain(CHAT_TEXT.feedbackAgain)
    // A browser posting without Origin but with Sec-Fetch-Site: same-origin is fine too.
    const other = library.articles.find((a) => a.id !== article.id && a.kind !== 'case')!
    const sameOrigin = await post(
      { article: other.id, helpful: '1' },
      { origin: '', 'sec-fetch-site': 'same-origin' }
    )
    expect(sameOrigin.status).toBe(200)
    await vi.waitFor(async () =>
      expect(await rows()).toEqual([
        { articleId: article.id, topic: article.topic, up: 0, down: 1, downShare: 1 },
        { articleId: other.id, topic: other.topic, up: 1, down: 0, downShare: 0 },
      ])
    )
  })
})

describe('chat view feedback (POST /api/chat/feedback)', () => {
  it('rates an answer of the conversation once; a 1 afterwards is an ordinary message', async () => {
    const { app, rows } = setup()
    const chat = async (path: string, body: object) =>
      (await (
        await app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json()) as {
        text?: string | null
        reply?: { feedback: { articleId: string; byReply: boolean } | null; text: string }
      }
    const answered = await chat('/api/chat', { chatId: 'view-1', text: '公司不给我交社保怎么办' })
    const offer = answered.reply!.feedback!
    expect(offer.byReply).toBe(true)
    const rate = (helpful: boolean) =>
      chat('/api/chat/feedback', { chatId: 'view-1', articleId: offer.articleId, helpful })
    expect((await rate(false)).text).toBe(CHAT_TEXT.feedbackThanks)
    expect((await rate(true)).text).toBe(CHAT_TEXT.feedbackAgain)
    // The button used up the 「回复 1 有用」 offer: a 1 now is not a second vote.
    const one = await chat('/api/chat', { chatId: 'view-1', text: '1' })
    expect(one.reply?.text).not.toContain(CHAT_TEXT.feedbackThanks)
    const bad = await app.request('/api/chat/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chatId: 'view-1', articleId: offer.articleId, helpful: 'yes' }),
    })
    expect(bad.status).toBe(400)
    const article = library.byId.get(offer.articleId)!
    await vi.waitFor(async () =>
      expect(await rows()).toEqual([
        { articleId: offer.articleId, topic: article.topic, up: 0, down: 1, downShare: 1 },
      ])
    )
  })

  it('the chat page gives the script the button labels', async () => {
    const { app } = setup()
    const html = await (await app.request('/chat')).text()
    expect(html).toContain(`data-fb-up="${CHAT_TEXT.feedbackUp}"`)
    expect(html).toContain(`data-fb-down="${CHAT_TEXT.feedbackDown}"`)
  })
})
