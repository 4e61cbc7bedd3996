/** Dev/local: long-poll Telegram instead of a webhook (no public URL needed). */
import type { Config } from '../app/config'
import { chatDepsFactory } from '../app/chat-deps'
import { telegramBotFor } from '../app/mount-platforms'
import { ask, type CalculateFn, type Library } from '../core'
import { createChatLimits, createMemoryKeyValueStore } from '../chat'

export function startTelegramPolling(
  config: Config,
  library: Library,
  calculate?: CalculateFn
): void {
  // The same bot construction as the webhook: the conversation layer with a per-member limit
  // and in-memory conversations.
  const now = () => new Date()
  const deps = chatDepsFactory(
    {
      library,
      config,
      now,
      ask: (q) => ask(q, { library, today: now(), ...(calculate ? { calculate } : {}) }),
    },
    createMemoryKeyValueStore(),
    { limits: createChatLimits(config.RATE_LIMIT_PER_MINUTE) }
  )
  const bot = telegramBotFor(config, deps('telegram'))
  if (!bot) return
  bot.catch((err) =>
    console.error(
      JSON.stringify({
        level: 'error',
        msg: 'telegram update failed',
        error: err.error instanceof Error ? err.error.name : 'unknown',
      })
    )
  )
  void bot.start({
    onStart: () => console.log(JSON.stringify({ level: 'info', msg: 'telegram polling' })),
  })
}
