/**
 * The conversation layer's deps for what the Node entry runs beside the HTTP app (Feishu's long
 * connection, DingTalk Stream): one in-memory store and one set of limits for all of them, built
 * as the app builds its own.
 * @module
 */
import { chatDepsFactory } from '../app/chat-deps'
import type { Config } from '../app/config'
import { ask, type AskResult, type CalculateFn, type Library } from '../core'
import { type ChatDeps, createChatLimits, createMemoryKeyValueStore } from '../chat'

/** Builds `deps(platform)`; `recordAnswer` hands answers to the report store when there is one. */
export function createRuntimeChatDeps(
  config: Config,
  library: Library,
  calculate?: CalculateFn,
  recordAnswer?: (platform: string, result: AskResult) => void
): (platform: string) => ChatDeps {
  const now = () => new Date()
  return chatDepsFactory(
    {
      library,
      config,
      now,
      ask: (q) => ask(q, { library, today: now(), ...(calculate ? { calculate } : {}) }),
      ...(recordAnswer ? { recordAnswer } : {}),
    },
    createMemoryKeyValueStore(),
    { limits: createChatLimits(config.RATE_LIMIT_PER_MINUTE) }
  )
}
