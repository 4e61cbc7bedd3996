import * as z from 'zod'
import { DateStringSchema } from './date-string'

/**
 * One article or paragraph that a later document repealed while the rest of the statute stays in
 * force, e.g. 解释一 第三十二条第一款, repealed by 解释二 第二十一条 from 2025-09-01.
 */
export const RepealedPartSchema = z
  .object({
    /** The part as articles cite it: 第三十二条 or 第三十二条第一款. */
    part: z.string().regex(/^第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?$/, 'expected 第N条 or 第N条第M款'),
    /** First day the part no longer applies. */
    on: DateStringSchema,
    /** Registry name of the repealing document. */
    by: z.string().min(2),
    /** Article of the repealing document that repeals it. */
    byArticle: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()

export type RepealedPart = z.infer<typeof RepealedPartSchema>

/** One entry of the statute registry (knowledge/statutes/*.yaml). */
export const StatuteSchema = z
  .object({
    name: z.string().min(2),
    fullName: z.string().min(2),
    docNumber: z.string().min(1),
    status: z.enum(['现行', '已修订', '已废止']),
    effective: DateStringSchema,
    replacedBy: z.string().optional(),
    /** Articles or paragraphs repealed on their own; citing one of them as a basis fails kb:check. */
    repealedParts: z.array(RepealedPartSchema).optional(),
    note: z.string().optional(),
  })
  .strict()

export type Statute = z.infer<typeof StatuteSchema>

/**
 * The repealed part a cited article falls under on `date`, if any. Citing a repealed paragraph
 * (第三十二条第一款), anything inside it (…第一项), or the whole article whose paragraph was
 * repealed (第三十二条, which no longer says one thing) all match; a sibling paragraph that stays in
 * force (第三十二条第二款) does not.
 */
export function repealedPartOf(
  statute: Statute,
  article: string | undefined,
  date: string
): RepealedPart | undefined {
  if (!article) return undefined
  const cited = article.replace(/\s+/g, '')
  return statute.repealedParts?.find(
    (p) => p.on <= date && (cited.startsWith(p.part) || p.part.startsWith(cited))
  )
}
