/**
 * The conversation layer's deps for what the Node entry runs beside the HTTP app (Feishu's long
 * connection, DingTalk Stream): one in-memory store and one set of limits for all of them, built
 * as the app builds its own, recording through the runtime's report recorder.
 * @module
 */
import { chatDepsFactory } from '../app/chat-deps'
import type { Config } from '../app/config'
import type { ReportRecorder } from '../app/report'
import { ask, type CalculateFn, type Library } from '../core'
import { type ChatDeps, createChatLimits, createMemoryKeyValueStore } from '../chat'

/** Builds `deps(platform)`; with a recorder, answers and 👍/👎 go to the report store. */
export function createRuntimeChatDeps(
  config: Config,
  library: Library,
  calculate?: CalculateFn,
  recorder?: ReportRecorder
): (platform: string) => ChatDeps {
  const now = () => new Date()
  return chatDepsFactory(
    {
      library,
      config,
      now,
      ask: (q) => ask(q, { library, today: now(), ...(calculate ? { calculate } : {}) }),
      recordAnswer: (platform, result) => recorder?.afterAnswer(platform, result),
      recordFeedback: (platform, event) => recorder?.afterFeedback({ platform, ...event }),
    },
    createMemoryKeyValueStore(),
    { limits: createChatLimits(config.RATE_LIMIT_PER_MINUTE) }
  )
}
