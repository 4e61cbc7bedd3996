/**
 * Masks Chinese ID-card and mobile numbers, so a group chat never sees them echoed back.
 * @module
 */

/** 18-digit resident ID (last may be X) or the old 15-digit form, not inside a longer number. */
const ID_CARD = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g
/** Mainland mobile numbers, optionally with +86 / 86 and spaces or dashes between groups. */
const PHONE = /(?<!\d)((?:\+?86[ -]?)?1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g

/** True if the text holds something that looks like an ID-card or mobile number. */
export function hasSensitiveNumber(text: string): boolean {
  ID_CARD.lastIndex = 0
  PHONE.lastIndex = 0
  const found = ID_CARD.test(text) || PHONE.test(text)
  ID_CARD.lastIndex = 0
  PHONE.lastIndex = 0
  return found
}

/**
 * Replaces ID-card numbers with their first 3 and last 2 characters and mobile numbers with
 * their first 3 and last 4 digits; everything else is left alone.
 * @example maskSensitive('电话13812345678') // '电话138****5678'
 */
export function maskSensitive(text: string): string {
  return text
    .replace(ID_CARD, (m: string) => m.slice(0, 3) + '*'.repeat(m.length - 5) + m.slice(-2))
    .replace(PHONE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
}
