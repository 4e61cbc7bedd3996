/**
 * /admin, the editors' page: the report as HTML and CSV. Off (404) unless ADMIN_TOKEN is set;
 * the token comes as `Authorization: Bearer <token>` or from the login form, which sets an
 * HttpOnly cookie holding a hash of the token (never the token itself). Compared in constant time.
 * @module
 */
import type { Context, Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { html } from 'hono/html'
import { timingSafeEqual } from 'hono/utils/buffer'
import { type Library, paramTableOf, staleFigureTable } from '../../core'
import { formatReportCsv, KIND_LABEL, NO_TOPIC } from './format-report'
import { chinaDay, daysBefore } from './recorder'
import type { QuestionKind, ReportData, ReportStore } from './report-store'

/** The session cookie's name; scoped to /admin. */
export const ADMIN_COOKIE = 'gongyou_admin'
/** Days the report covers unless `?days=` says otherwise. */
export const DEFAULT_REPORT_DAYS = 7

export interface AdminOptions {
  token: string
  /** The report store; undefined when none is configured (the page says so). */
  store: Promise<ReportStore> | undefined
  library: Library
  now: () => Date
  retentionDays: number
}

const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' }

/** Mounts /admin, /admin/login and /admin/report.csv. Call only when ADMIN_TOKEN is set. */
export function mountAdmin(app: Hono, options: AdminOptions): void {
  const sessionValue = sha256Hex(`gongyou-admin-session:${options.token}`)

  async function authorized(c: Context): Promise<boolean> {
    const auth = c.req.header('authorization') ?? ''
    const bearer = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim()
    if (bearer !== undefined) return timingSafeEqual(bearer, options.token)
    const cookie = getCookie(c, ADMIN_COOKIE)
    return cookie !== undefined && timingSafeEqual(cookie, await sessionValue)
  }

  const loginPage = (c: Context, failed: boolean) =>
    c.html(
      page(
        '登录',
        html`<form method="post" action="/admin/login">
          ${failed ? html`<p role="alert">口令不对。</p>` : ''}
          <label
            >管理口令 <input type="password" name="token" autocomplete="current-password" required
          /></label>
          <button type="submit">登录</button>
        </form>`
      ),
      401,
      { ...PRIVATE, 'WWW-Authenticate': 'Bearer realm="gongyou admin"' }
    )

  async function readReport(c: Context): Promise<{ data: ReportData | null; days: number }> {
    const asked = Number(c.req.query('days'))
    const days =
      Number.isInteger(asked) && asked > 0
        ? Math.min(asked, options.retentionDays)
        : DEFAULT_REPORT_DAYS
    const since = daysBefore(chinaDay(options.now()), days - 1)
    if (!options.store) return { data: null, days }
    return { data: await (await options.store).read(since), days }
  }

  app.get('/admin', async (c) => {
    if (!(await authorized(c))) return loginPage(c, false)
    const { data, days } = await readReport(c)
    const today = chinaDay(options.now())
    const figures = options.library.params
      ? staleFigureTable(paramTableOf(options.library), today)
      : []
    return c.html(page('编辑报告', reportBody(data, days, figures)), 200, PRIVATE)
  })

  app.post('/admin/login', async (c) => {
    const form = await c.req.parseBody()
    const token = typeof form['token'] === 'string' ? form['token'] : ''
    if (!(await timingSafeEqual(token, options.token))) return loginPage(c, true)
    setCookie(c, ADMIN_COOKIE, await sessionValue, {
      path: '/admin',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      maxAge: 12 * 3600,
    })
    return c.redirect('/admin', 303)
  })

  app.get('/admin/report.csv', async (c) => {
    if (!(await authorized(c))) return c.text('unauthorized', 401, PRIVATE)
    const { data } = await readReport(c)
    const csv = data ? formatReportCsv(data) : ''
    return c.body(csv, 200, {
      ...PRIVATE,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="gongyou-report-${chinaDay(options.now())}.csv"`,
    })
  })
}

function reportBody(data: ReportData | null, days: number, figures: string[]) {
  if (!data) return html`<p>没有配置报告数据库（REPORT_STORE=off，或 Workers 未绑定 D1）。</p>`
  const kinds = Object.keys(KIND_LABEL) as QuestionKind[]
  return html`<p>
      最近 ${days} 天（自 ${data.since}）。<a href="/admin/report.csv?days=${days}">导出 CSV</a>
    </p>
    <h2>未回答或回答较弱的问题（按最相近主题）</h2>
    ${
      data.clusters.length
        ? html`<table>
            <tr>
              <th>主题</th>
              <th>次数</th>
              ${kinds.map((k) => html`<th>${KIND_LABEL[k]}</th>`)}
              <th>例子（已遮盖个人信息）</th>
            </tr>
            ${data.clusters.map(
              (cl) =>
                html`<tr>
                  <td>${cl.topic ?? NO_TOPIC}</td>
                  <td>${cl.count}</td>
                  ${kinds.map((k) => html`<td>${cl.kinds[k]}</td>`)}
                  <td>
                    <ul>
                      ${cl.examples.map((e) => html`<li>${e}</li>`)}
                    </ul>
                  </td>
                </tr>`
            )}
          </table>`
        : html`<p>没有。</p>`
    }
    <h2>文章反馈（按 👎 比例排序）</h2>
    ${
      data.articles.length
        ? html`<table>
            <tr>
              <th>文章</th>
              <th>主题</th>
              <th>👎</th>
              <th>👍</th>
              <th>👎 比例</th>
            </tr>
            ${data.articles.map(
              (a) =>
                html`<tr>
                  <td><a href="/articles/${a.articleId}">${a.articleId}</a></td>
                  <td>${a.topic}</td>
                  <td>${a.down}</td>
                  <td>${a.up}</td>
                  <td>${Math.round(a.downShare * 100)}%</td>
                </tr>`
            )}
          </table>`
        : html`<p>没有。</p>`
    }
    <h2>需要更新的数字</h2>
    <pre>${figures.length ? figures.join('\n') : '没有过了有效期的数字。'}</pre>`
}

function page(title: string, body: unknown) {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>工友 · ${title}</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            margin: 1rem auto;
            max-width: 60rem;
            padding: 0 1rem;
          }
          table {
            border-collapse: collapse;
            width: 100%;
          }
          td,
          th {
            border: 1px solid #ccc;
            padding: 0.3rem;
            vertical-align: top;
            text-align: left;
          }
        </style>
      </head>
      <body>
        <h1>工友 · ${title}</h1>
        ${body}
      </body>
    </html>`
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
