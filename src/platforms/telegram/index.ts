/**
 * @module Telegram: the bot (grammY), guided /calc, inline mode, group manners and HTML rendering.
 */
export {
  createTelegramBot,
  presetBotInfo,
  addressedText,
  groupSafe,
  type TelegramBotOptions,
} from './bot'
export { createCalcComposer, offeredSession, type CalcComposerOptions } from './calc-composer'
export {
  createCalcSessions,
  calcSessionKey,
  CALC_SESSION_TTL_SECONDS,
  type CalcSession,
  type CalcSessions,
} from './calc-session'
export {
  CALC_CALLBACK,
  CALLBACK_DATA_MAX_BYTES,
  calculatorMenu,
  answerKeyboard,
} from './calc-keyboard'
export { inlineCards, INLINE_MAX_CARDS } from './inline'
export { renderTelegram, TELEGRAM_MAX } from './render'
export { renderCalcResult, renderCalcQuestion } from './render-calc'
