import { zValidator } from '@hono/zod-validator'
import type * as z from 'zod'

/**
 * Validates a JSON body against `schema` (zValidator); a bad body is a 400
 * `{ error: 'invalid-input', message }` naming every problem.
 */
export function validJson<S extends z.ZodType>(schema: S) {
  return zValidator('json', schema, (result, c) => {
    if (!result.success)
      return c.json(
        { error: 'invalid-input', message: result.error.issues.map((i) => i.message).join('; ') },
        400
      )
    return undefined
  })
}
