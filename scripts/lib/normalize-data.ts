/**
 * The normaliser's tables for a knowledge source, built the same way for the artifact and for
 * kb:check, so the check sees the words exactly as retrieval will.
 */
import {
  createNormalizer,
  type NormalizeData,
  type Normalizer,
  toHalfWidth,
} from '../../src/core/segment/normalize'
import { articleFields } from './article-fields'
import type { KnowledgeSource } from './read-knowledge'
import { buildT2sTable } from './t2s-table'

/** NormalizeData for the source (character table limited to its text) and its normaliser. */
export function buildNormalizeData(source: KnowledgeSource): {
  data: NormalizeData
  normalize: Normalizer
} {
  const rawText = source.articles.map((a) => Object.values(articleFields(a)).join(' ')).join(' ')
  const synonymText = [...source.synonyms, ...source.concepts].map(([f, t]) => f + t).join(' ')
  const t2s = buildT2sTable(toHalfWidth(rawText + synonymText))
  // Synonym and concept words are written simplified; normalise them with the same table so they match.
  const charNormalize = createNormalizer({ t2s, synonyms: [] })
  const simplify = (pairs: Array<[string, string]>) =>
    pairs.map(([f, t]) => [charNormalize(f), charNormalize(t)] as [string, string])
  const data: NormalizeData = {
    t2s,
    synonyms: simplify(source.synonyms),
    concepts: simplify(source.concepts),
  }
  return { data, normalize: createNormalizer(data) }
}
