import { z } from 'zod'
import { DateStringSchema } from './date-string'


/** One entry of the statute registry (knowledge/statutes/*.yaml). */
export const StatuteSchema = z
  .object({
    name: z.string().min(2),
    fullName: z.string().min(2),
    docNumber: z.string().min(1),
    status: z.enum(['现行', '已修订', '已废止']),
    effective: DateStringSchema,
    replacedBy: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()

export type Statute = z.infer<typeof StatuteSchema>
