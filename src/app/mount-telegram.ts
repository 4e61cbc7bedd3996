import type { Hono } from 'hono'
import type { ChatDeps } from '../chat'
import type { TelegramBotOptions } from '../platforms/telegram'
import type { Config } from './config'

/**
 * The Telegram bot's options for this config — the conversation layer's deps plus the token —
 * the same for the webhook and for long polling; null without TELEGRAM_BOT_TOKEN.
 */
export function telegramBotOptions(
  config: Config,
  deps: ChatDeps,
  extra: { timeoutSeconds?: number } = {}
): TelegramBotOptions | null {
  if (!config.TELEGRAM_BOT_TOKEN) return null
  return {
    ...deps,
    ...extra,
    token: config.TELEGRAM_BOT_TOKEN,
    username: config.TELEGRAM_BOT_USERNAME,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
  }
}

/**
 * POST /webhook/telegram when TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set; true if mounted.
 *
 * grammY and the bot are loaded and built on the first Telegram request, not when the app is
 * made: importing grammY runs its platform checks, and a Worker isolate or a Node process that
 * answers other channels first should not pay for them (issue 18). Bundlers keep the dynamic
 * imports in the same file and only defer running the modules' top-level code.
 */
export function mountTelegram(app: Hono, config: Config, deps: ChatDeps): boolean {
  const options = telegramBotOptions(config, deps)
  const secretToken = config.TELEGRAM_WEBHOOK_SECRET
  if (!options || !secretToken) return false
  let handler: Promise<(req: Request) => Promise<Response>> | undefined
  const load = async () => {
    const { createTelegramAdapter, createTelegramBot } = await import('../platforms/telegram')
    const adapter = createTelegramAdapter({ bot: createTelegramBot(options), secretToken })
    return (req: Request) => adapter.handle(req)
  }
  app.post('/webhook/telegram', async (c) => {
    // A failed load is not cached: the next request tries again.
    handler ??= load().catch((err: unknown) => {
      handler = undefined
      throw err
    })
    return (await handler)(c.req.raw)
  })
  return true
}
