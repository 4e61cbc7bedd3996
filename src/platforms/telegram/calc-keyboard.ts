/**
 * Inline keyboards of the guided calculation. callback_data is at most 64 bytes, so buttons
 * carry short tokens only: `cs:<calculator>` starts one, `cv:<input>:<value>` answers the
 * awaited input (the value goes through the same parser as a typed reply), `cx` cancels, and
 * `c:<reply>` sends an offered choice as if typed.
 * @module
 */
import { InlineKeyboard } from 'grammy'
import { GUANGDONG_CITIES, getCalculator, CALCULATOR_NAMES } from '../../core'
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

// Where most of the bot's users work (the Pearl River Delta); other cities are typed.
const QUICK_CITIES = [
  'guangzhou',
  'shenzhen',
  'dongguan',
  'foshan',
  'huizhou',
  'zhongshan',
  'zhuhai',
  'jiangmen',
]

const BOOLEAN_INPUTS = new Set(['retired', 'probation', 'wageArrears', 'stillEmployed'])

/** The few answers worth a button: small value sets only. */
function picks(param: string, year: number): string[][] {
  if (param === 'disabilityGrade')
    return [
      ['1', '2', '3', '4', '5'],
      ['6', '7', '8', '9', '10'],
    ]
  if (BOOLEAN_INPUTS.has(param)) return [[CHAT_TEXT.yes, CHAT_TEXT.no]]
  if (param === 'deathYear') return [[String(year), String(year - 1), String(year - 2)]]
  if (param === 'city' || param === 'minimumWage') {
    const names = QUICK_CITIES.map((slug) => GUANGDONG_CITIES.find((c) => c.slug === slug)!.nameZh)
    return [names.slice(0, 4), names.slice(4)]
  }
  return []
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
