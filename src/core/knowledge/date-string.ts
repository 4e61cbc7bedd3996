import * as z from 'zod'

/** A YYYY-MM-DD date; YAML may hand over a Date, which is turned back into that form. */
export const DateStringSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
)
