import { describe, expect, it } from 'vitest'
import { readArtifact } from '../../../scripts/lib/load-library'
import { createDagSegmenter } from '../../../src/core/segment/dag-segmenter'
import { createNormalizer } from '../../../src/core/segment/normalize'
import {
  buildPhraseData,
  loadPhraseIndex,
  phrasesIn,
  recutPhraseData,
} from '../../../src/core/search/phrases'
import { isIndexToken } from '../../../src/core/search/build-index'

const artifact = readArtifact()
const segmenter = createDagSegmenter(artifact.segmenter)
const normalize = createNormalizer(artifact.normalize)
const keywordPhrases = artifact.articles.map((a) => a.keywords.map(normalize))
/** The distinct phrases by id: numbered in their packed table's order (length, then code units). */
const phrases = [...new Set(keywordPhrases.flat().filter((p) => p.length >= 2))].sort(
  (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
)

describe('phrase data', () => {
  it('the artifact ships what the runtime segmenter makes of the articles’ keywords', () => {
    expect(artifact.phrases).toEqual(buildPhraseData(keywordPhrases, segmenter))
    expect(recutPhraseData(artifact.phrases, segmenter)).toEqual(artifact.phrases)
  })

  it('loads lengths and words per phrase', () => {
    const index = loadPhraseIndex(artifact.phrases)
    expect(index.lengths.length).toBe(phrases.length)
    phrases.forEach((p, id) => {
      expect(index.lengths[id]).toBe(p.length)
      const words = new Set(segmenter.cut(p).filter(isIndexToken))
      expect(index.wordCount[id]).toBe(words.size < 2 ? 0 : words.size)
      // A loose match is worth the characters of the phrase's words, not the whole phrase.
      const chars = [...words].reduce((n, w) => n + w.length, 0)
      expect(index.wordLengths[id]).toBe(words.size < 2 ? 0 : chars)
    })
  })

  it('finds exactly the phrases a text contains (the substring scan equals includes())', () => {
    const index = loadPhraseIndex(artifact.phrases)
    // Texts made of phrases and pieces of them, so long phrases, overlaps and near misses occur.
    const texts = phrases
      .slice(0, 400)
      .map((p, i) =>
        normalize(`我想问${p}${phrases[(i * 7) % phrases.length]!.slice(1)}${p.slice(0, -1)}怎么办`)
      )
    for (const text of texts) {
      const present = phrasesIn(text, index)
      const found = phrases.filter((_, id) => present[id])
      expect(found).toEqual(phrases.filter((p) => text.includes(p)))
    }
  })
})
