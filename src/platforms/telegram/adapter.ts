/**
 * The Telegram webhook, mounted like every other platform: grammY's webhookCallback checks the
 * secret token and feeds the update to the bot.
 * @module
 */
import { type Bot, BotError, webhookCallback } from 'grammy'
import { ChatSendError } from '../../chat'
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
  return {
    async handle(request) {
      try {
        return await handle(request)
      } catch (err) {
        // The reply did not reach the Bot API for a passing reason (logged by the chat layer):
        // a 503 makes Telegram deliver the update again.
        if (err instanceof BotError && err.error instanceof ChatSendError)
          return new Response(JSON.stringify({ error: 'send-failed' }), { status: 503 })
        throw err
      }
    },
  }
}
