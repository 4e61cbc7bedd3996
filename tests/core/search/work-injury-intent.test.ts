import { describe, expect, it } from 'vitest'
import { readArtifact } from '../../../scripts/lib/load-library'
import { loadLibrary } from '../../../src/core/knowledge/library'
import { RANKING } from '../../../src/core/search/ranking'
import { retrieve } from '../../../src/core/search/retrieve'

// Work-injury questions asked after recognition (knowledge/synonyms.yaml: 工伤认定后) are about
// benefits; injury words the articles do not use meet them as 受伤 (knowledge/concepts.yaml).
// Judged on the lexical ranking alone (no topic model), so the vocabulary itself is tested.
const artifact = readArtifact()
const lexical = loadLibrary(artifact, { ranking: { ...RANKING, topicModelWeight: 0 } })

describe('work-injury vocabulary', () => {
  it.each([
    ['拿到认定书以后下一步做什么', '工伤认定后'],
    ['已经认定工伤了，能拿多少钱', '工伤认定后'],
    ['干活时手腕扭伤了', '受伤'],
    ['搬货时腰部拉伤', '受伤'],
  ])('%s names %s', (q, unit) => expect(lexical.normalize(q)).toContain(unit))

  it('keeps the articles’ conditional 认定为工伤 as it is', () =>
    expect(lexical.normalize('应当认定为工伤')).toBe('应当认定为工伤'))

  it.each(['收到认定书了，接下来钱找谁要', '单位的工伤认定书下来了，后面怎么办'])(
    '%s leads with a benefits article',
    (q) => expect(retrieve(q, lexical).hits[0]?.article.topic).toBe('work-injury-benefits')
  )
})
