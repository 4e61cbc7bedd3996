/**
 * Base-64 digits for numbers the artifact ships inside strings (a third of the size of a JSON
 * number array, and read in place: no decoding at load).
 * @module
 */

/** 64 characters that JSON needs no escape for, in digit order. */
export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Per character code below 128, its digit value (−1 for a character that is no digit). */
export const DIGIT_VALUE = new Int8Array(128).fill(-1)
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i
