/**
 * The Telegram webhook, mounted like every other platform: grammY's webhookCallback checks the
 * secret token and feeds the update to the bot.
 * @module
 */
import { type Bot, webhookCallback } from 'grammy'
import type { PlatformAdapter } from '../shared/platform'

export interface TelegramAdapterOptions {
  bot: Bot
  /** TELEGRAM_WEBHOOK_SECRET: Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
  secretToken: string
}

export function createTelegramAdapter(options: TelegramAdapterOptions): PlatformAdapter {
  // 'return' instead of grammY's default throw: a slow update must not make Telegram retry forever.
  const handle = webhookCallback(options.bot, 'std/http', {
    secretToken: options.secretToken,
    onTimeout: 'return',
  })
  return { handle: (request) => handle(request) }
}
