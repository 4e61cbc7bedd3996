import * as z from 'zod'
import { DateStringSchema } from './date-string'
import { parseChineseNumeral } from '../extract/parse-number'

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

const ARTICLE_KEY = /^第[一二三四五六七八九十百千零]+条$/

/**
 * The official text of the articles the knowledge base cites, for one statute
 * (knowledge/statute-texts/<name>.yaml): public law, reproduced verbatim, with where it was taken
 * from and the date of the version it is. Articles nobody could obtain are simply absent.
 */
export const StatuteTextSchema = z
  .object({
    /** Registry name of the statute. */
    law: z.string().min(2),
    /** Date of the version reproduced (its promulgation or last amendment). */
    version: DateStringSchema,
    /** The official publisher of the text, with its address. */
    source: z.string().min(4),
    /** The copy the text was read from, when it was not the official site itself. */
    copiedFrom: z.string().optional(),
    /** 第N条 → the article's text, paragraphs separated by newlines. */
    articles: z.record(z.string().regex(ARTICLE_KEY, 'expected 第N条'), z.string().min(2)),
  })
  .strict()

export type StatuteText = z.infer<typeof StatuteTextSchema>

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
    /** The cited articles' text, joined from knowledge/statute-texts/ at build. */
    text: StatuteTextSchema.omit({ law: true }).optional(),
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

/**
 * The article number of a citation (第四十七条第二款 → 47), for sorting; Infinity when the text
 * is not an article number, so such entries sort last.
 */
export function articleNumber(article: string): number {
  const m = /^第([一二三四五六七八九十百千零]+)条/.exec(article.replace(/\s+/g, ''))
  return m ? (parseChineseNumeral(m[1]!) ?? Infinity) : Infinity
}

/** The text of the article a citation points into (第四十七条第二款 → 第四十七条's text). */
export function statuteArticleText(statute: Statute | undefined, article: string | undefined) {
  const key = article && /^第[一二三四五六七八九十百千零]+条/.exec(article.replace(/\s+/g, ''))?.[0]
  const text = key ? statute?.text?.articles[key] : undefined
  return text && statute?.text ? { article: key!, text, version: statute.text.version, source: statute.text.source } : null
}
