import { Hono } from 'hono'
import { compress } from 'hono/compress'

/**
 * The app behind Hono's `compress` middleware (gzip or deflate, as the client accepts; bodies
 * under 1 KB and non-text types are left alone). For the Node server only: Cloudflare compresses
 * Worker responses itself, and compressing twice would only cost CPU there.
 * @example serve({ fetch: withCompression(app).fetch })
 */
export function withCompression(app: Hono): Hono {
  // A wrapper rather than app.use(): the app's own notFound/onError stay exactly as they are.
  return new Hono().use(compress()).all('*', (c) => app.fetch(c.req.raw, c.env, executionCtxOf(c)))
}

/** Hono's executionCtx getter throws outside Workers; pass it on only where it exists. */
function executionCtxOf(c: { executionCtx: unknown }) {
  try {
    return c.executionCtx as Parameters<Hono['fetch']>[2]
  } catch {
    return undefined
  }
}
