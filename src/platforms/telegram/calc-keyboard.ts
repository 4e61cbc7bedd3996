/**
 * Inline keyboards of the guided calculation. callback_data is at most 64 bytes, so buttons
 * carry short tokens only: `cs:<calculator>` starts one, `cv:<input>:<value>` answers the
 * awaited input (the value goes through the same parser as a typed reply), `cx` cancels, and
 * `c:<reply>` sends an offered choice as if typed.
 * @module
 */
import { InlineKeyboard } from 'grammy'
import { CALCULATOR_NAMES, getCalculator, inputSpec } from '../../core'
import { CHAT_TEXT } from '../../chat'

/** Callback data prefixes (kept short: 64 bytes in all). */
export const CALC_CALLBACK = { start: 'cs', value: 'cv', cancel: 'cx', choice: 'c' } as const

/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64

/** Every calculator by its Chinese title, two per row. */
export function calculatorMenu(): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  CALCULATOR_NAMES.forEach((name, i) => {
    keyboard.text(getCalculator(name)!.title, `${CALC_CALLBACK.start}:${name}`)
    if (i % 2 === 1) keyboard.row()
  })
  return keyboard
}

/** The awaited input's quick picks (from its calculator spec), in balanced rows of at most five. */
function picks(param: string, year: number): string[][] {
  const choices = inputSpec(param)?.choices
  const values = typeof choices === 'function' ? choices(year) : (choices ?? [])
  const rows = Math.ceil(values.length / 5)
  const perRow = Math.ceil(values.length / Math.max(rows, 1))
  const out: string[][] = []
  for (let i = 0; i < values.length; i += perRow) out.push(values.slice(i, i + perRow))
  return out
}

/** Quick picks for the awaited input (if its values are few) and a cancel button. */
export function answerKeyboard(param: string, year: number): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  for (const row of picks(param, year)) {
    for (const value of row) keyboard.text(value, `${CALC_CALLBACK.value}:${param}:${value}`)
    keyboard.row()
  }
  return keyboard.text(CHAT_TEXT.cancelButton, CALC_CALLBACK.cancel)
}
