import { Hono, type Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { trimTrailingSlash } from 'hono/trailing-slash'
import {
  type AskResult,
  MAX_QUESTION_CHARS,
  paramTableOf,
  CALCULATOR_NAMES,
  getCalculator,
  runCalculator,
  type Library,
  getTopic,
} from '../../core'
import { articleAnswer } from './article-answer'
import { buildIntake } from './build-intake'
import { calcFields, type CalcField, issueMessages, parseCalcForm } from './calc-fields'
import { CLIENT_SCRIPT } from './client-script'
import { citeWithText } from './cite-with-text'
import { type Estimate, estimateOf } from './estimate'
import { EstimateCard } from './estimate-card'
import { factFields, FACT_PREFIX, readFactFields } from './intake-facts'
import { mountFeedback } from './feedback'
import type { FeedbackEvent } from '../../chat'
import { intakeTicketText } from './intake-ticket-text'
import { UI } from './labels'
import { ArticlePage } from './pages/article-page'
import { CalcIndexPage, CalcPage } from './pages/calc-page'
import { CalcResultView, type CalcView } from './pages/calc-result'
import { CHAT_MAX_CHARS, ChatPage } from './pages/chat-page'
import { HomePage } from './pages/home-page'
import { IntakePage } from './pages/intake-page'
import { NotFoundPage } from './pages/not-found-page'
import { ErrorPage } from './pages/error-page'
import { TopicPage } from './pages/topic-page'
import { searchArticles } from './search-articles'
import { createSuggester } from './suggest'

/** What the web page needs from the app. */
export interface WebOptions {
  library: Library
  ask: (question: string) => AskResult
  /** Called with the answer to each question searched from the page's form (GET /?q=), not the live search. */
  onSearch?: (result: AskResult) => void
  /** Called with each 👍/👎 posted from an answer's buttons. */
  onFeedback?: (event: FeedbackEvent) => void
  now: () => Date
  /** Base URL for links in copied text (PUBLIC_BASE_URL); without it copied text has no links. */
  publicBaseUrl?: string
}

/**
 * Longest caller text the intake form takes: core's question bound, so the whole text is
 * classified and read for facts (the fact patterns are quadratic in a run of numerals).
 */
export const MAX_INTAKE_CHARS = MAX_QUESTION_CHARS

/** Header the client script sends to get only the calculator's result fragment. */
export const FRAGMENT_HEADER = 'X-Fragment'

// No inline script, so script-src can stay 'self'; the inline <style> needs style-src 'unsafe-inline'.
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

type Status = 200 | 400 | 404

function page(
  c: Context,
  node: unknown,
  status: Status = 200,
  extra: Record<string, string> = {}
): Response {
  return c.html(`<!doctype html>${String(node)}`, status, { ...SECURITY_HEADERS, ...extra })
}

/** The paths the page's forms POST to (the calculators, the intake). */
export const WEB_FORM_PATH = /^\/(intake|calc\/[^/]+)\/?$/

/**
 * The Chinese HTML page for a form body the site cannot take: 400 (broken) or 413 (too large,
 * over `maxBytes`). The app's body limit uses it for WEB_FORM_PATH; API routes keep their JSON.
 */
export function webErrorResponse(status: 400 | 413, maxBytes = 64 * 1024): Response {
  const node =
    status === 413 ? (
      <ErrorPage title={UI.tooLargeTitle} text={UI.tooLargeText(Math.floor(maxBytes / 1024))} />
    ) : (
      <ErrorPage title={UI.badFormTitle} text={UI.badFormText} />
    )
  return new Response(`<!doctype html>${String(node)}`, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=UTF-8' },
  })
}

/**
 * The web page for hotline staff and workers: search, articles, calculators, intake. Pages are
 * server-rendered with hono/jsx and work without JavaScript; one small script enhances them.
 * @example app.route('/', createWebApp({ library, ask, now: () => new Date() }))
 */
export function createWebApp(options: WebOptions): Hono {
  const { library, now } = options
  const base = options.publicBaseUrl?.replace(/\/+$/, '')
  // Copied text leaves the site, so its links are absolute, from PUBLIC_BASE_URL only: never
  // from the request's Host header, which a client sets to anything (a link to another site).
  // Without it copied text carries no link.
  const articleUrl = base ? (id: string) => `${base}/articles/${encodeURIComponent(id)}` : undefined
  const paramTable = () => paramTableOf(library)
  const fieldCache = new Map<string, CalcField[]>()
  const topicCounts = new Map<string, number>()
  for (const a of library.articles) topicCounts.set(a.topic, (topicCounts.get(a.topic) ?? 0) + 1)
  const notFound = (c: Context) => page(c, <NotFoundPage />, 404)
  const suggest = createSuggester(library)
  // The chat answer's calculation for the same words, so the results page shows the amount.
  const estimateFor = (q: string, asked = q ? options.ask(q) : null): Estimate | null =>
    asked ? estimateOf(asked.calculation, q, { normalize: library.normalize, today: now() }) : null

  const web = new Hono()
  // /calc/ and /articles/x/ are the pages without the slash (301), not a 404.
  web.use(trimTrailingSlash())

  web.get('/assets/web.js', (c) =>
    c.body(CLIENT_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    })
  )

  web.get('/', (c) => {
    const q = c.req.query('q') ?? ''
    const result = q.trim() ? searchArticles(q, library) : null
    // One ask() per page: the amount card and the report both use it.
    const asked = result?.q ? options.ask(result.q) : null
    if (asked) options.onSearch?.(asked)
    const estimate = result ? estimateFor(result.q, asked) : null
    return page(c, <HomePage q={q} result={result} estimate={estimate} topicCounts={topicCounts} />)
  })

  web.get('/api/search', (c) => {
    const result = searchArticles(c.req.query('q') ?? '', library)
    const estimate = estimateFor(result.q)
    return c.json({
      ...result,
      estimate,
      estimateHtml: estimate ? String(<EstimateCard estimate={estimate} />) : null,
      suggestions: suggest(result.q),
      foundText: UI.searchFound(result.hits.length),
      caution: result.hits.length && result.weak ? UI.searchLowConfidence : null,
      emptyText: UI.searchNone,
    })
  })

  web.get('/chat', (c) =>
    page(c, <ChatPage q={[...(c.req.query('q') ?? '')].slice(0, CHAT_MAX_CHARS).join('')} />)
  )

  web.get('/topics/:id', (c) => {
    const topic = getTopic(c.req.param('id'))
    if (!topic) return notFound(c)
    const hits = library.articles
      .filter((a) => a.topic === topic.id)
      .map((a) => ({
        id: a.id,
        title: a.title,
        summary: a.summary,
        topic: a.topic,
        topicName: topic.name,
        url: `/articles/${a.id}`,
      }))
    return page(c, <TopicPage topic={topic} hits={hits} />)
  })

  web.get('/articles/:id', (c) => {
    const article = library.byId.get(c.req.param('id'))
    if (!article) return notFound(c)
    const answer = articleAnswer(article, library)
    const chatText = articleUrl ? `${answer.text}\n全文：${articleUrl(article.id)}` : answer.text
    const related = article.related.flatMap((id) => {
      const r = library.byId.get(id)
      return r ? [{ id: r.id, title: r.title }] : []
    })
    const calculators = article.calculators.flatMap((name) => {
      const calc = getCalculator(name)
      return calc ? [{ name, title: calc.title }] : []
    })
    return page(
      c,
      <ArticlePage
        article={article}
        citations={citeWithText(article.basis, library)}
        related={related}
        calculators={calculators}
        chatText={chatText}
      />
    )
  })

  web.get('/calc', (c) =>
    page(
      c,
      <CalcIndexPage
        calculators={CALCULATOR_NAMES.map((name) => ({ name, title: getCalculator(name)!.title }))}
      />
    )
  )

  const calcHandler = (c: Context, raw: Record<string, string | undefined>) => {
    const name = c.req.param('name') ?? ''
    const calc = getCalculator(name)
    if (!calc) return notFound(c)
    let fields = fieldCache.get(name)
    if (!fields) fieldCache.set(name, (fields = calcFields(calc.schema, calc.inputs)))
    const form = parseCalcForm(fields, raw)
    let view: CalcView = { kind: 'empty' }
    let status: Status = 200
    if (form.errors.length) {
      view = { kind: 'invalid', messages: form.errors, fields: form.badFields }
      status = 400
    } else if (!form.empty) {
      try {
        const ran = runCalculator(name, form.input, paramTable(), now())
        if (!ran.ok) {
          const parsed = calc.schema.safeParse(form.input)
          view = {
            kind: 'invalid',
            ...(parsed.success
              ? { messages: [UI.calcInvalid], fields: [] }
              : issueMessages(parsed.error, form.input)),
          }
          status = 400
        } else if ('missing' in ran.result)
          view = { kind: 'missing', missing: ran.result.missing, warnings: ran.result.warnings }
        else
          view = {
            kind: 'result',
            result: ran.result,
            citations: citeWithText(ran.result.basis, library),
          }
      } catch {
        // A calculator bug must not take the page down; the user gets a message, not a 500.
        view = { kind: 'invalid', messages: [UI.calcCannot], fields: [] }
        status = 400
      }
    }
    // The fragment is delivered fine even when the input is not: 200, with the verdict in a header.
    if (c.req.header(FRAGMENT_HEADER) === 'result')
      return c.html(String(<CalcResultView view={view} />), 200, {
        ...SECURITY_HEADERS,
        'X-Calc-Status': String(status),
      })
    const articles = library.articles
      .filter((a) => a.calculators.includes(name))
      .map((a) => ({ id: a.id, title: a.title }))
    return page(
      c,
      <CalcPage
        name={name}
        title={calc.title}
        fields={fields}
        values={form.values}
        view={view}
        articles={articles}
      />,
      status
    )
  }

  web.get('/calc/:name', (c) => calcHandler(c, c.req.query()))
  web.post('/calc/:name', async (c) => calcHandler(c, await formFields(c)))

  mountFeedback(web, {
    library,
    ...(options.onFeedback ? { onFeedback: options.onFeedback } : {}),
    ...(base ? { publicBaseUrl: base } : {}),
  })

  const noStore = { 'Cache-Control': 'no-store' }
  web.get('/intake', (c) =>
    page(c, <IntakePage text='' maxChars={MAX_INTAKE_CHARS} />, 200, noStore)
  )
  web.post('/intake', async (c) => {
    const body = await formFields(c)
    const text = (body['text'] ?? '').trim()
    if (!text)
      return page(
        c,
        <IntakePage text='' maxChars={MAX_INTAKE_CHARS} error={UI.intakeEmpty} />,
        400,
        noStore
      )
    if ([...text].length > MAX_INTAKE_CHARS)
      return page(
        c,
        <IntakePage
          text={text}
          maxChars={MAX_INTAKE_CHARS}
          error={UI.intakeTooLong(MAX_INTAKE_CHARS)}
        />,
        400,
        noStore
      )
    const deps = { library, ask: options.ask, table: paramTable(), today: now() }
    const read = buildIntake(text, deps)
    // Step 1: the facts read from the call, as fields to check; no ticket from unchecked facts.
    if (body['step'] !== 'ticket')
      return page(
        c,
        <IntakePage
          text={text}
          maxChars={MAX_INTAKE_CHARS}
          facts={{ fields: factFields(read), errors: [] }}
        />,
        200,
        noStore
      )
    // Step 2: the facts as confirmed (or corrected) by staff → calculations and the 工单 text.
    const confirmed = readFactFields(body, read.facts, read.today)
    if (confirmed.errors.length) {
      const fields = factFields(read).map((f) => ({
        ...f,
        value: body[FACT_PREFIX + f.name] ?? f.value,
      }))
      return page(
        c,
        <IntakePage
          text={text}
          maxChars={MAX_INTAKE_CHARS}
          facts={{ fields, errors: confirmed.errors, badFields: confirmed.badFields }}
        />,
        400,
        noStore
      )
    }
    const summary = buildIntake(text, deps, confirmed.facts)
    const ticket = intakeTicketText(text, summary, articleUrl)
    return page(
      c,
      <IntakePage
        text={text}
        maxChars={MAX_INTAKE_CHARS}
        facts={{ fields: factFields(summary), errors: [] }}
        summary={summary}
        ticket={ticket}
      />,
      200,
      noStore
    )
  })

  // Any other page a browser asks for gets the HTML 404; API and webhook paths fall through to
  // the app's JSON 404.
  web.get('*', (c, next) => (/^\/(api|webhook)(\/|$)/.test(c.req.path) ? next() : notFound(c)))

  return web
}

/**
 * The request's form fields; a body that does not parse (broken multipart, a multipart type
 * without its boundary) is the client's error: 400, not the 500 an uncaught TypeError gives.
 */
async function formFields(c: Context): Promise<Record<string, string>> {
  let body: Record<string, unknown>
  try {
    body = await c.req.parseBody()
  } catch {
    // The message is for logs; the person sees the Chinese page.
    throw new HTTPException(400, { message: 'malformed form body', res: webErrorResponse(400) })
  }
  return stringFields(body)
}

/** Form bodies as plain strings (files and repeated fields ignored). */
function stringFields(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v
  return out
}
