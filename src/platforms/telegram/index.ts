/**
 * @module Telegram: the bot (grammY), inline mode, group manners and HTML rendering.
 */
export { createTelegramBot, presetBotInfo, addressedText, groupSafe, type TelegramBotOptions } from './bot'
export { inlineCards, INLINE_MAX_CARDS } from './inline'
export { renderTelegram, TELEGRAM_MAX } from './render'
