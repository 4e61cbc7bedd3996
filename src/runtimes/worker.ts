/**
 * Cloudflare Workers entry (wrangler.toml `main`). Nothing runs at module load: the app module
 * (Hono, zod schemas, the calculators' definitions, the chat layer) is imported on the first
 * request and the app made then — env (secrets) only arrives with it anyway — and kept for the
 * isolate. The artifact arrives as text (a wrangler.toml Text rule) and is parsed then too.
 * Deviation from a plain static import, on purpose: evaluating those modules at load was most of
 * the isolate's start-up CPU (`wrangler check startup`, issue 18); esbuild bundles the dynamic
 * import into the same script, so it costs no fetch.
 */
import type { ExecutionContext, Hono } from 'hono'

let app: Hono | undefined

export default {
  async fetch(
    request: Request,
    env: Record<string, unknown>,
    ctx: ExecutionContext
  ): Promise<Response> {
    if (!app) {
      const { createWorkerApp } = await import('./worker-app')
      // Concurrent first requests may both get here; the first app made is kept.
      app ??= createWorkerApp(env)
    }
    return app.fetch(request, env, ctx)
  },
}
