/**
 * @module Telegram: the bot (grammY) over the conversation layer, its HTML, buttons and inline cards.
 */
export {
  createTelegramBot,
  presetBotInfo,
  addressedText,
  telegramInbound,
  type TelegramBotOptions,
} from './bot'
export { createTelegramAdapter, type TelegramAdapterOptions } from './adapter'
export {
  CALC_CALLBACK,
  CALLBACK_DATA_MAX_BYTES,
  calculatorMenu,
  answerKeyboard,
} from './calc-keyboard'
export { renderTelegram, replyKeyboard, inlineCard, TELEGRAM_MAX, INLINE_MAX_CARDS } from './render'
