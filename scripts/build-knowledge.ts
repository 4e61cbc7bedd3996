/**
 * npm run build: knowledge/ → src/generated/knowledge.json, the one artifact both runtimes load.
 * Validates every article (fails with file, field and zod message), segments with nodejieba and
 * the domain user dictionary, builds the postings and field lengths BM25F scores, and ships the
 * vocabulary with jieba's frequencies (packed, see SegmenterData) for the runtime segmenter.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type KnowledgeArtifact, loadLibrary, shippedArticle } from '../src/core/knowledge/library'
import { expandSubwords } from '../src/core/segment/expand-subwords'
import {
  createDagSegmenter,
  packVocabulary,
  unpackVocabulary,
} from '../src/core/segment/dag-segmenter'
import { buildPhraseData } from '../src/core/search/phrases'
import { buildNeighbourData, NO_NEIGHBOURS } from '../src/core/search/neighbours'
import { buildSearchData, type IndexDoc, searchTerms } from '../src/core/search/build-index'
import { loadJieba } from './lib/jieba'
import { readKnowledge, ROOT } from './lib/read-knowledge'
import { articleFields } from './lib/article-fields'
import { buildNormalizeData } from './lib/normalize-data'
import { parseParams } from './lib/params'
import { backgroundWeights } from './lib/background'
import { EMPTY_TOPIC_MODEL, readRealQuestions, trainLibraryModel } from './lib/topic-training'

/** Frequency for words jieba's HMM found in the articles that its dictionary lacks. */
const HMM_WORD_FREQ = 10

export { articleFields }

export async function buildArtifact(): Promise<{ artifact: KnowledgeArtifact; errors: string[] }> {
  const source = readKnowledge()
  if (source.errors.length)
    return { artifact: null as never, errors: source.errors.map((e) => e.message) }

  const rawText = source.articles.map((a) => Object.values(articleFields(a)).join(' ')).join(' ')
  const { data: normalizeData, normalize } = buildNormalizeData(source)

  const jieba = loadJieba(source.userDictPath)
  const isWord = (w: string) => jieba.freq(w) !== undefined
  const segment = (text: string) => expandSubwords(jieba.cut(normalize(text)), isWord)

  const docs: IndexDoc[] = source.articles.map((a) => {
    const f = articleFields(a)
    return {
      fields: {
        title: segment(f.title),
        keywords: segment(f.keywords),
        summary: segment(f.summary),
        body: segment(f.body),
      },
    }
  })
  const terms = searchTerms(docs)
  const search = await buildSearchData(docs, terms)
  search.background = backgroundWeights(terms, docs, jieba)

  const freq = buildVocabulary(terms, normalize(rawText), jieba)
  const segmenter = packVocabulary(Object.entries(freq), jieba.total, terms)
  const keywordPhrases = source.articles.map((a) => a.keywords.map(normalize))

  const artifact: KnowledgeArtifact = {
    version: 1,
    articles: source.articles.map(shippedArticle),
    phrases: buildPhraseData(keywordPhrases, createDagSegmenter(segmenter)),
    search,
    topicModel: EMPTY_TOPIC_MODEL,
    neighbours: NO_NEIGHBOURS,
    segmenter,
    normalize: normalizeData,
    // Where a statute text was copied from is for its maintainers (knowledge/statutes/); no runtime
    // reads it.
    statutes: source.statutes.map((st) => {
      if (!st.text?.copiedFrom) return st
      const { copiedFrom: _copiedFrom, ...text } = st.text
      return { ...st, text }
    }),
    params: parseParams(source.params),
    domain: {
      labour: [...new Set(source.domain.labour.map(normalize))].filter(Boolean),
      shared: [...new Set(source.domain.shared.map(normalize))].filter(Boolean),
      other: [...new Set(source.domain.other.map(normalize))].filter(Boolean),
    },
  }
  // The topic model learns from features the runtime computes, so it is trained on the library
  // this artifact loads as (its normaliser and segmenter), deterministically; the neighbours are
  // the same real questions, cut by the same normaliser.
  const library = loadLibrary(artifact)
  const real = readRealQuestions()
  artifact.topicModel = trainLibraryModel(library, real)
  artifact.neighbours = buildNeighbourData(real, library.normalize)
  return { artifact, errors: [] }
}

/** How many of jieba's most frequent words ship besides the corpus's own (see buildVocabulary). */
export const COMMON_WORDS = Number(process.env.GONGYOU_COMMON_WORDS ?? 20000)

/**
 * The runtime segmenter's vocabulary, with jieba's frequencies: every indexed token, every
 * dictionary word that occurs anywhere in the normalised corpus (so a question is cut around
 * them as jieba would), and jieba's most common words (so everyday words in a question are not
 * broken into characters that could match by accident).
 */
function buildVocabulary(
  terms: string[],
  corpus: string,
  jieba: ReturnType<typeof loadJieba>
): Record<string, number> {
  const freq: Record<string, number> = {}
  for (const term of terms) freq[term] = jieba.freq(term) ?? HMM_WORD_FREQ
  const maxLen = Math.min(jieba.maxWordLength, 8)
  for (let i = 0; i < corpus.length; i++)
    for (let len = 1; len <= maxLen && i + len <= corpus.length; len++) {
      const w = corpus.slice(i, i + len)
      const f = jieba.freq(w)
      if (f !== undefined && /^[\u4e00-\u9fff]+$/.test(w)) freq[w] = f
    }
  for (const w of jieba.wordsByFreq().slice(0, COMMON_WORDS))
    if (/^[\u4e00-\u9fff]+$/.test(w)) freq[w] ??= jieba.freq(w)!
  return freq
}

async function main(): Promise<void> {
  const started = performance.now()
  const { artifact, errors } = await buildArtifact()
  if (errors.length) {
    console.error(`knowledge build failed: ${errors.length} invalid file(s)`)
    for (const e of errors) console.error(`  ${e}`)
    process.exit(1)
  }
  const json = JSON.stringify(artifact)
  const outDir = join(ROOT, 'src/generated')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'knowledge.json'), json)
  const ms = Math.round(performance.now() - started)
  console.log(
    `built ${artifact.articles.length} articles, ${unpackVocabulary(artifact.segmenter).size} words, ` +
      `${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gzip) in ${ms} ms`
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
}
