/**
 * Cloudflare Workers entry (wrangler.toml `main`). The library loads once per isolate, at module
 * scope, so the first request pays no index import; the app is created on the first request
 * because env (secrets) only arrives with it.
 */
import type { ExecutionContext, Hono } from 'hono'
import artifact from '../generated/knowledge.json'
import { createApp } from '../app/create-app'
import { configWarnings, parseConfig } from '../app/config'
import { log } from '../app/log'
import { type KnowledgeArtifact, loadLibrary, createCalculate } from '../core'
import {
  type WorkersKvNamespace,
  createMemoryKeyValueStore,
  createWorkersKeyValueStore,
  layered,
} from '../chat'

const library = loadLibrary(artifact as KnowledgeArtifact)
const calculate = createCalculate(library)
let app: Hono | undefined

export default {
  fetch(
    request: Request,
    env: Record<string, unknown>,
    ctx: ExecutionContext
  ): Response | Promise<Response> {
    if (!app) {
      const config = parseConfig(env)
      for (const warning of configWarnings(config)) log('warn', 'configuration', { warning })
      app = createApp({ library, config, ...(calculate ? { calculate } : {}), ...storeOf(env) })
    }
    return app.fetch(request, env, ctx)
  },
}

/**
 * With a KV namespace bound as GONGYOU_KV, dedup keys and Telegram follow-ups are shared by all
 * isolates (a memory layer in front gives read-your-write within one isolate); without it, each
 * isolate keeps its own in memory.
 */
function storeOf(env: Record<string, unknown>) {
  const kv = env['GONGYOU_KV'] as WorkersKvNamespace | undefined
  return kv && typeof kv.get === 'function'
    ? { store: layered(createMemoryKeyValueStore(), createWorkersKeyValueStore(kv)) }
    : {}
}
