/**
 * @module Telegram: the bot (grammY), its webhook handler and HTML rendering.
 */
export { createTelegramBot, presetBotInfo, addressedText, type TelegramBotOptions } from './bot'
export { renderTelegram, TELEGRAM_MAX } from './render'
