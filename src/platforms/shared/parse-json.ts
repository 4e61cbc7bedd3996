/**
 * JSON from a platform, read once through a zod schema: bad JSON and a wrong shape are the same
 * answer (null), so a parser never throws on what a caller sent.
 * @module
 */
import type * as z from 'zod'

/**
 * The value `text` holds when it is JSON of the schema's shape; else null.
 * @example parseJsonAs(EnvelopeSchema, body)?.encrypt ?? null
 */
export function parseJsonAs<S extends z.ZodType>(schema: S, text: string): z.output<S> | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = schema.safeParse(data)
  return parsed.success ? parsed.data : null
}
