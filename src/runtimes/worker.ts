/**
 * Cloudflare Workers entry (wrangler.toml `main`). The library loads once per isolate, at module
 * scope, so the first request pays no index import; the app is created on the first request
 * because env (secrets) only arrives with it.
 */
import type { ExecutionContext, Hono } from 'hono'
import artifact from '../generated/knowledge.json'
import { createApp } from '../app/create-app'
import { parseConfig } from '../app/config'
import { type KnowledgeArtifact, loadLibrary } from '../core/knowledge/library'
import { createCalculate } from '../core/calc-bridge'

const library = loadLibrary(artifact as KnowledgeArtifact)
const calculate = createCalculate(library)
let app: Hono | undefined

export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({ library, config: parseConfig(env), ...(calculate ? { calculate } : {}) })
    return app.fetch(request, env, ctx)
  },
}
