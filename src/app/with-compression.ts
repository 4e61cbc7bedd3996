import { Hono } from 'hono'
import { compress } from 'hono/compress'

/**
 * The types compressed: the web page's HTML and its script. JSON stays as it is: API answers are
 * small and read by programs, and a streamed (chunked) gzip body a client leaves unread keeps
 * its keep-alive connection busy, so a shutdown could not close it as idle (a health check that
 * reads only the status did exactly that).
 */
export const COMPRESSED_TYPES = /^(text\/(html|css|javascript)|application\/javascript)\b/

/**
 * The app behind Hono's `compress` middleware (gzip or deflate, as the client accepts) for the
 * page's HTML and script. For the Node server only: Cloudflare compresses Worker responses
 * itself, and compressing twice would only cost CPU there.
 * @example serve({ fetch: withCompression(app).fetch })
 */
export function withCompression(app: Hono): Hono {
  // A wrapper rather than app.use(): the app's own notFound/onError stay exactly as they are.
  return new Hono()
    .use(compress({ contentTypeFilter: COMPRESSED_TYPES }))
    .all('*', (c) => app.fetch(c.req.raw, c.env, executionCtxOf(c)))
}

/** Hono's executionCtx getter throws outside Workers; pass it on only where it exists. */
function executionCtxOf(c: { executionCtx: unknown }) {
  try {
    return c.executionCtx as Parameters<Hono['fetch']>[2]
  } catch {
    return undefined
  }
}
