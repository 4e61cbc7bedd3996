/** Dev/local: long-poll Telegram instead of a webhook (no public URL needed). */
import type { Config } from '../app/config'
import { ask, type CalculateFn } from '../core/ask'
import type { Library } from '../core/knowledge/library'
import { createTelegramBot } from '../platforms/telegram'
import { createMemoryKeyValueStore } from '../platforms/shared/kv-store'
import { createRateLimiter } from '../platforms/shared/rate-limit'

export function startTelegramPolling(
  config: Config,
  library: Library,
  calculate?: CalculateFn
): void {
  // The same parts createApp gives the webhook bot: a per-chat limit and in-memory follow-ups.
  const bot = createTelegramBot({
    token: config.TELEGRAM_BOT_TOKEN!,
    username: config.TELEGRAM_BOT_USERNAME,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ask: (q) => ask(q, { library, ...(calculate ? { calculate } : {}) }),
    library,
    store: createMemoryKeyValueStore(),
    rateLimiter: createRateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE }),
  })
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
