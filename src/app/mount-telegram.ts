import type { Hono } from 'hono'
import type { TelegramBotOptions } from '../platforms/telegram'
import type { Config } from './config'

/** What the webhook bot needs besides its token and secret (see {@link TelegramBotOptions}). */
export type TelegramMountOptions = Omit<TelegramBotOptions, 'token' | 'username' | 'apiRoot'>

/**
 * POST /webhook/telegram when TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set; true if mounted.
 *
 * grammY and the bot are loaded and built on the first Telegram request, not when the app is
 * made: importing grammY runs its platform checks, and a Worker isolate or a Node process that
 * answers other channels first should not pay for them (issue 18). Bundlers keep the dynamic
 * imports in the same file and only defer running the modules' top-level code.
 */
export function mountTelegram(app: Hono, config: Config, options: TelegramMountOptions): boolean {
  const token = config.TELEGRAM_BOT_TOKEN
  const secretToken = config.TELEGRAM_WEBHOOK_SECRET
  if (!token || !secretToken) return false
  let handler: Promise<(req: Request) => Promise<Response>> | undefined
  const load = async () => {
    const [{ webhookCallback }, { createTelegramBot }] = await Promise.all([
      import('grammy'),
      import('../platforms/telegram'),
    ])
    const bot = createTelegramBot({
      ...options,
      token,
      username: config.TELEGRAM_BOT_USERNAME,
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    })
    // 'return' instead of grammY's default throw: a slow update must not make Telegram retry forever.
    return webhookCallback(bot, 'std/http', { secretToken, onTimeout: 'return' })
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
