import type { Hono } from 'hono'
import { createWebApp } from '../platforms/web'
import type { AppContext } from './app-context'

/** Mounts the web page for hotline staff and workers (/, /articles/:id, /calc/:name, /intake). */
export function mountWeb(
  app: Hono,
  ctx: AppContext,
  hooks: { onSearch?: (q: string) => void } = {}
): void {
  app.route(
    '/',
    createWebApp({
      library: ctx.library,
      ask: ctx.ask,
      now: ctx.now,
      ...(hooks.onSearch ? { onSearch: hooks.onSearch } : {}),
      // 👍/👎 from the page's buttons go to the report store like every channel's.
      onFeedback: (event) => ctx.recordFeedback?.('web', event),
      ...(ctx.config.PUBLIC_BASE_URL ? { publicBaseUrl: ctx.config.PUBLIC_BASE_URL } : {}),
    })
  )
}
