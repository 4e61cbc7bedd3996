import type { Hono } from 'hono'
import type { AppContext } from './app-context'

/** Mounts the web page for hotline staff and workers (/, /articles/:id, /calc/:name, /intake). */
export function mountWeb(_app: Hono, _ctx: AppContext): void {}
