/**
 * The conversation layer's deps for each platform, built once from the app context: one store
 * for conversation state, one dedup store per platform, one set of limits for all.
 * @module
 */
import {
  type ChatDeps,
  type ChatLimits,
  type DedupStore,
  type KeyValueStore,
  createConversations,
  createMemoryDedupStore,
} from '../chat'
import type { AppContext } from './app-context'
import { log } from './log'

/** Parts a deployment or a test may swap (defaults: in-memory dedup, the fetch Feishu client, no limit). */
export interface ChatOverrides {
  /** One store per platform; default: an in-memory LRU+TTL store each. */
  dedup?: (platform: string) => DedupStore
  /** Limits shared by every platform (keys carry the platform). */
  limits?: ChatLimits
}

/** Builds `deps(platform)`: the ChatDeps every adapter passes to handleInbound. */
export function chatDepsFactory(
  ctx: AppContext,
  store: KeyValueStore,
  overrides: ChatOverrides = {}
): (platform: string) => ChatDeps {
  const conversations = createConversations(store)
  const baseUrl = ctx.config.PUBLIC_BASE_URL
  return (platform) => ({
    library: ctx.library,
    // Every chat answer is offered to the report store (kept only if declined, asked back or weak).
    ask: (q) => {
      const result = ctx.ask(q)
      ctx.recordAnswer?.(platform, result)
      return result
    },
    now: ctx.now,
    // 👍/👎 go the same way, with the platform added here (the chat layer knows no store).
    feedback: (event) => ctx.recordFeedback?.(platform, event),
    conversations,
    dedup:
      overrides.dedup?.(platform) ?? createMemoryDedupStore({ now: () => ctx.now().getTime() }),
    ...(overrides.limits ? { limits: overrides.limits } : {}),
    log: (level, msg, fields) => log(level, msg, fields),
    ...(baseUrl
      ? { articleUrl: (id: string) => `${baseUrl}/articles/${encodeURIComponent(id)}` }
      : {}),
  })
}
