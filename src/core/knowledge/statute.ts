import { z } from 'zod'

const dateString = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
)

/** One entry of the statute registry (knowledge/statutes/*.yaml). */
export const StatuteSchema = z
  .object({
    name: z.string().min(2),
    fullName: z.string().min(2),
    docNumber: z.string().min(1),
    status: z.enum(['现行', '已修订', '已废止']),
    effective: dateString,
    replacedBy: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()

export type Statute = z.infer<typeof StatuteSchema>
