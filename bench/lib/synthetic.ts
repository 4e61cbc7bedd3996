/**
 * Synthetic knowledge bases of k× the real articles, for scaling figures. Each new article
 * recombines real ones: its fields are shuffled mixes of the sentences (keywords, for the
 * keyword field) of three real articles. Every sentence goes through the build's own path —
 * normalise → nodejieba (with the user dictionary) → sub-word expansion — and the documents
 * through buildSearchData and loadLibrary, exactly as scripts/build-knowledge.ts does.
 *
 * Sentences are cut one at a time (at newlines and 。, where jieba splits anyway), once, and
 * their tokens reused; {@link checkSentencePath} proves on the real articles that this gives
 * the artifact's index statistics.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ShippedArticle } from '../../src/core/knowledge/article'
import { type KnowledgeArtifact, type Library, loadLibrary } from '../../src/core/knowledge/library'
import {
  buildSearchData,
  type IndexDoc,
  type SearchData,
  searchTerms,
} from '../../src/core/search/build-index'
import { FIELDS, type Field } from '../../src/core/search/fields'
import { seededRandom } from '../../src/core/seeded-random'
import { createNormalizer } from '../../src/core/segment/normalize'
import {
  createDagSegmenter,
  packVocabulary,
  unpackVocabulary,
} from '../../src/core/segment/dag-segmenter'
import { buildPhraseData } from '../../src/core/search/phrases'
import { expandSubwords } from '../../src/core/segment/expand-subwords'
import { articleFields } from '../../scripts/build-knowledge'
import { loadJieba } from '../../scripts/lib/jieba'
import { KNOWLEDGE_DIR } from '../../scripts/lib/read-knowledge'

/** One article broken into independently segmented units, per field. */
export interface ArticleUnits {
  article: ShippedArticle
  /** Per field: each unit's tokens (build-time segmentation, before stopword removal). */
  units: Record<Field, string[][]>
  /** The raw keyword strings behind units.keywords (the topic name last). */
  keywords: string[]
}

/** A knowledge base as the index sees it. */
export interface KnowledgeBase {
  articles: ShippedArticle[]
  keywordPhrases: string[][]
  docs: IndexDoc[]
}

/** The build's segmentation: the artifact's normaliser, nodejieba + user dictionary, sub-words. */
export function createBuildSegment(artifact: KnowledgeArtifact): (text: string) => string[] {
  const normalize = createNormalizer(artifact.normalize)
  const userDict = join(KNOWLEDGE_DIR, 'userdict.txt')
  const jieba = loadJieba(existsSync(userDict) ? userDict : null)
  const isWord = (w: string) => jieba.freq(w) !== undefined
  return (text) => expandSubwords(jieba.cut(normalize(text)), isWord)
}

const SENTENCE = /(?<=[\n。])/

/** Splits each article's fields into units and segments every unit once. */
export function splitArticles(
  articles: readonly ShippedArticle[],
  segment: (text: string) => string[]
): ArticleUnits[] {
  return articles.map((article) => {
    const f = articleFields(article)
    const keywords = f.keywords.split(' ， ')
    const units = {
      title: f.title.split(SENTENCE).map(segment),
      keywords: keywords.map(segment),
      summary: f.summary.split(SENTENCE).map(segment),
      body: f.body.split(SENTENCE).map(segment),
    }
    return { article, units, keywords }
  })
}

function docOf(u: ArticleUnits): IndexDoc {
  return {
    fields: {
      title: u.units.title.flat(),
      keywords: u.units.keywords.flat(),
      summary: u.units.summary.flat(),
      body: u.units.body.flat(),
    },
  }
}

/**
 * True when unit-wise segmentation of the real articles yields the artifact's search data
 * exactly (terms, postings, field lengths), i.e. the synthetic path is the build path.
 */
export async function checkSentencePath(
  units: readonly ArticleUnits[],
  artifact: KnowledgeArtifact
): Promise<boolean> {
  const data: SearchData = await buildSearchData(units.map(docOf))
  // The build adds background weights after buildSearchData (jieba's frequencies); compare the rest.
  const { background: _background, ...built } = artifact.search
  return JSON.stringify(data) === JSON.stringify(built)
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[xs[i], xs[j]] = [xs[j]!, xs[i]!]
  }
  return xs
}

/**
 * The real articles plus (factor − 1) × as many recombined ones. A new article takes the
 * first source's topic and kind; each field mixes the three sources' units, shuffled, as many
 * as the sources have on average.
 */
export function synthesize(
  real: readonly ArticleUnits[],
  factor: number,
  normalize: (s: string) => string,
  seed = 42
): KnowledgeBase {
  // Seeded, so every run builds the same synthetic articles.
  const rnd = seededRandom(seed)
  const articles: ShippedArticle[] = real.map((u) => u.article)
  const keywordPhrases: string[][] = articles.map((a) => a.keywords.map(normalize))
  const docs: IndexDoc[] = real.map(docOf)
  const extra = real.length * (factor - 1)
  for (let j = 0; j < extra; j++) {
    const sources = [0, 1, 2].map(() => real[Math.floor(rnd() * real.length)]!)
    const fields = {} as Record<Field, string[]>
    for (const field of FIELDS) {
      const pool = shuffle(
        sources.flatMap((s) => s.units[field].map((tokens, k) => ({ tokens, k, s }))),
        rnd
      )
      const count = Math.max(
        1,
        Math.round(sources.reduce((n, s) => n + s.units[field].length, 0) / sources.length)
      )
      const picked = pool.slice(0, count)
      fields[field] = picked.flatMap((p) => p.tokens)
      if (field === 'keywords') {
        const kws = picked.map((p) => p.s.keywords[p.k]!)
        keywordPhrases.push(kws.map(normalize))
        const base = sources[0]!.article
        articles.push({ ...base, id: `${base.id}-syn${j}`, keywords: kws })
      }
    }
    docs.push({ fields })
  }
  return { articles, keywordPhrases, docs }
}

/** Indexes a knowledge base through buildSearchData and loads it like loadLibrary does. */
export async function libraryOf(
  artifact: KnowledgeArtifact,
  kb: KnowledgeBase
): Promise<{ library: Library; indexMs: number }> {
  const t0 = performance.now()
  const terms = searchTerms(kb.docs)
  const search = await buildSearchData(kb.docs, terms)
  const indexMs = performance.now() - t0
  const phrases = buildPhraseData(kb.keywordPhrases, createDagSegmenter(artifact.segmenter))
  // The index's terms are marked in the vocabulary (vocabularyTerms): mark this base's.
  const { segmenter: v } = artifact
  const segmenter = packVocabulary(unpackVocabulary(v), v.total, terms)
  const library = loadLibrary({ ...artifact, articles: kb.articles, phrases, search, segmenter })
  return { library, indexMs }
}
