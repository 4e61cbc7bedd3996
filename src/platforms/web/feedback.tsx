/**
 * 👍/👎 on the web page: two buttons under each answer (an article page), a plain form POST to
 * /feedback that works without JavaScript. The route records only article, topic and verdict;
 * hono's csrf() turns away cross-site form posts (Origin / Sec-Fetch-Site), and a short-lived
 * HttpOnly cookie holding the rated article ids keeps one browser from counting an article twice.
 * @module
 */
import type { Context, Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import { CHAT_TEXT, type FeedbackEvent } from '../../chat'
import type { Library } from '../../core'
import { UI } from './labels'
import { Layout } from './layout'

/** Where the buttons post. */
export const FEEDBACK_PATH = '/feedback'
/** The cookie holding the articles this browser rated (ids only; no identifier). */
export const FEEDBACK_COOKIE = 'gongyou_rated'
/** How long a rating blocks a second one from the same browser (the chat window: 30 minutes). */
const RATED_MAX_AGE_S = 30 * 60
/** Rated ids kept in the cookie. */
const RATED_KEPT = 10

/** The two buttons under an answer; `articleId` is the article answered. */
export function FeedbackForm({ articleId }: { articleId: string }) {
  return (
    <form class='actions no-print feedback' method='post' action={FEEDBACK_PATH}>
      <input type='hidden' name='article' value={articleId} />
      <span>{UI.feedbackAsk}</span>
      <button type='submit' class='secondary' name='helpful' value='1'>
        {CHAT_TEXT.feedbackUp}
      </button>
      <button type='submit' class='secondary' name='helpful' value='0'>
        {CHAT_TEXT.feedbackDown}
      </button>
    </form>
  )
}

export interface FeedbackRouteOptions {
  library: Library
  /** Takes the rating; returns at once (the app queues the write after the reply). */
  onFeedback?: (event: FeedbackEvent) => void
  /** PUBLIC_BASE_URL: behind a proxy the browser's Origin is this, not the request URL's. */
  publicBaseUrl?: string
}

/** Mounts POST /feedback on the web app. */
export function mountFeedback(web: Hono, options: FeedbackRouteOptions): void {
  const publicOrigin = options.publicBaseUrl ? new URL(options.publicBaseUrl).origin : undefined
  const sameSite = csrf({
    origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin,
  })
  const html = (c: Context, node: unknown, status: 200 | 400) =>
    c.html(`<!doctype html>${String(node)}`, status, {
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    })

  web.post(FEEDBACK_PATH, sameSite, async (c) => {
    let body: Record<string, unknown> = {}
    try {
      body = await c.req.parseBody()
    } catch {
      // An unreadable body is treated like an empty one: 400 below.
    }
    const article = options.library.byId.get(String(body['article'] ?? ''))
    const verdict = body['helpful']
    if (!article || (verdict !== '1' && verdict !== '0'))
      return html(c, <Thanks text={UI.feedbackInvalid} />, 400)
    const rated = (getCookie(c, FEEDBACK_COOKIE) ?? '').split('.').filter(Boolean)
    if (!rated.includes(article.id)) {
      options.onFeedback?.({
        articleId: article.id,
        topic: article.topic,
        helpful: verdict === '1',
      })
      setCookie(c, FEEDBACK_COOKIE, [...rated, article.id].slice(-RATED_KEPT).join('.'), {
        path: FEEDBACK_PATH,
        httpOnly: true,
        sameSite: 'Strict',
        maxAge: RATED_MAX_AGE_S,
      })
    }
    return html(
      c,
      <Thanks
        text={rated.includes(article.id) ? CHAT_TEXT.feedbackAgain : UI.feedbackThanks}
        back={{ href: `/articles/${encodeURIComponent(article.id)}`, title: article.title }}
      />,
      200
    )
  })
}

function Thanks({ text, back }: { text: string; back?: { href: string; title: string } }) {
  return (
    <Layout title={UI.feedbackTitle} nav='search'>
      <section class='card'>
        <h1>{UI.feedbackTitle}</h1>
        <p role='status'>{text}</p>
        <p>
          {back ? <a href={back.href}>{UI.feedbackBack(back.title)}</a> : null}{' '}
          <a href='/'>{UI.backHome}</a>
        </p>
      </section>
    </Layout>
  )
}
