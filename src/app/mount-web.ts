import type { Hono } from 'hono'
import { createWebApp } from '../platforms/web'
import type { AppContext } from './app-context'

/** Mounts the web page for hotline staff and workers (/, /articles/:id, /calc/:name, /intake). */
export function mountWeb(app: Hono, ctx: AppContext): void {
  app.route(
    '/',
    createWebApp({
      library: ctx.library,
      ask: ctx.ask,
      now: ctx.now,
      // Searches and 👍/👎 from the page go to the report store like every channel's.
      onSearch: (result) => ctx.recordAnswer?.('web', result),
      onFeedback: (event) => ctx.recordFeedback?.('web', event),
      ...(ctx.config.PUBLIC_BASE_URL ? { publicBaseUrl: ctx.config.PUBLIC_BASE_URL } : {}),
    })
  )
}
