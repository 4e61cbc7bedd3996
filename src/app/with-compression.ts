import { Hono } from 'hono'
import { compress } from 'hono/compress'

/**
 * The types compressed: the web page's HTML and its script. JSON stays as it is: API answers are
 * small and read by programs, and a streamed (chunked) gzip body a client leaves unread keeps
 * its keep-alive connection busy, so a shutdown could not close it as idle (a health check that
 * reads only the status did exactly that).
 */
export const COMPRESSED_TYPES = /^(text\/(html|css|javascript)|application\/javascript)\b/

/** An Accept-Encoding under which Hono's `compress` may pick an encoding (it decides exactly). */
const MAY_COMPRESS = /gzip|deflate|\*/i

/**
 * The app behind Hono's `compress` middleware (gzip or deflate, as the client accepts) for the
 * page's HTML and script. For the Node server only: Cloudflare compresses Worker responses
 * itself, and compressing twice would only cost CPU there.
 *
 * A request whose Accept-Encoding names no encoding `compress` could use goes straight to the app:
 * the middleware reads the response's headers, which makes @hono/node-server turn its light
 * response into a full web Response and stream it, and the wrapper's executionCtx lookup throws on
 * Node; for such a client that work bought nothing (issue 18: API clients such as the bench's).
 * @example serve({ fetch: withCompression(app).fetch })
 */
export function withCompression(app: Hono): Hono {
  // A wrapper rather than app.use(): the app's own notFound/onError stay exactly as they are.
  const outer = new Hono()
    .use(compress({ contentTypeFilter: COMPRESSED_TYPES }))
    .all('*', (c) => app.fetch(c.req.raw, c.env, executionCtxOf(c)))
  const compressed = outer.fetch
  outer.fetch = (request, env, executionCtx) =>
    MAY_COMPRESS.test(request.headers.get('accept-encoding') ?? '')
      ? compressed(request, env, executionCtx)
      : app.fetch(request, env, executionCtx)
  return outer
}

/** Hono's executionCtx getter throws outside Workers; pass it on only where it exists. */
function executionCtxOf(c: { executionCtx: unknown }) {
  try {
    return c.executionCtx as Parameters<Hono['fetch']>[2]
  } catch {
    return undefined
  }
}
