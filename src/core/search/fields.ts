/**
 * The indexed fields and their BM25F weights: title/keywords > summary > body.
 * @module
 */
export const FIELDS = ['title', 'keywords', 'summary', 'body'] as const
export type Field = (typeof FIELDS)[number]

export const FIELD_WEIGHTS: Record<Field, number> = { title: 3, keywords: 3, summary: 2, body: 1 }

/** Per-field token counts of one term in one document, in FIELDS order. */
export type FieldCounts = [number, number, number, number]
