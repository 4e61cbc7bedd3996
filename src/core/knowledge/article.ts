/**
 * The article: schema of the front matter (validated at build time) and the parsed body.
 * @module
 */
import * as z from 'zod'
import { DateStringSchema } from './date-string'
import { TOPIC_IDS } from './topics'


export const BasisSchema = z.object({
  law: z.string().min(2),
  article: z.string().min(1).optional(),
  note: z.string().optional(),
})

export const ArticleFrontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
    topic: z.enum(TOPIC_IDS as [string, ...string[]]),
    kind: z.enum(['rule', 'case', 'guide']),
    title: z.string().min(2).max(60),
    summary: z.string().min(10).max(200),
    /**
     * Optional one-line direct answer to the question the title asks (「不合法」「可以，不用等30天」),
     * shown before the summary. Only where the rule answers it without further facts.
     */
    verdict: z.string().min(2).max(60).optional(),
    /**
     * Verdicts for neighbouring questions the article also answers: the first whose `when` word
     * occurs in the question is shown instead of `verdict`, so a question about compensation does
     * not get the one-liner written for "is it an employment relationship".
     */
    verdicts: z
      .array(
        z
          .object({ when: z.array(z.string().min(1)).min(1), text: z.string().min(2).max(60) })
          .strict()
      )
      .default([]),
    keywords: z.array(z.union([z.string().min(1), z.number().transform(String)])).min(1),
    region: z.string().regex(/^(national|guangdong|[a-z]+)$/, 'expected national, guangdong or a city slug'),
    basis: z.array(BasisSchema).min(1),
    updated: DateStringSchema,
    sources: z.array(z.string().min(1)).min(1),
    facts: z.array(z.string()).default([]),
    related: z.array(z.string()).default([]),
    calculators: z.array(z.string()).default([]),
    /**
     * Figure series (knowledge/params.yaml name + region) the article is about; the answer leads
     * with the one in force on the day it is asked (src/core/answer/figure-lead.ts).
     */
    figures: z
      .array(z.object({ name: z.string().min(1), region: z.string().min(1) }).strict())
      .default([]),
  })
  .strict()

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>
export type Basis = z.infer<typeof BasisSchema>

/** The body's sections, as the answer composer needs them. */
export interface ArticleSections {
  /** 要点 bullets (rule/guide). */
  keyPoints: string[]
  /** 怎么办 steps (rule/guide). */
  steps: string[]
  /** 要保留的证据 bullets. */
  evidence: string[]
  /** 依据 bullets. */
  basisNotes: string[]
  /** 案件概况 / 回复意见 / 案例拓展 (case articles). */
  caseFacts?: string
  caseReply?: string
  caseExtension?: string
}

export interface Article extends ArticleFrontMatter {
  sections: ArticleSections
  /** The Markdown body without front matter. */
  body: string
}

/**
 * An article as the artifact ships it: without `sections`, which loadLibrary derives from the
 * body (an article that has them, as tests build, is taken as it is).
 */
export type ShippedArticle = Omit<Article, 'sections'> & { sections?: ArticleSections }

/** Section headings an article body may use; others fail the build so typos are caught. */
export const SECTION_HEADINGS = {
  要点: 'keyPoints',
  怎么办: 'steps',
  要保留的证据: 'evidence',
  依据: 'basisNotes',
  案件概况: 'caseFacts',
  回复意见: 'caseReply',
  案例拓展: 'caseExtension',
} as const

export type SectionHeading = keyof typeof SECTION_HEADINGS
