import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { queryGroups, retrieve } from '../../../src/core/search/retrieve'

const library = loadBuiltLibrary()
const groupsOf = (q: string) =>
  queryGroups(library.segmenter.cut(library.normalize(q)), library).map((g) => g.terms[0])

describe('retrieve', () => {
  it.each(['工伤五级能赔多少', '工伤9级怎么办', '評咗八級'])(
    'a grade figure in %s implies 伤残等级',
    (q) => expect(groupsOf(q)).toContain('伤残等级')
  )

  it.each(['合同签了两年', '上个月加班了三天'])('no grade, no implied term: %s', (q) =>
    expect(groupsOf(q)).not.toContain('伤残等级')
  )

  it.each([
    ['工伤八级能拿多少钱', 'work-injury-benefits'],
    ['老細拖咗三個月人工', 'wage-arrears'],
    ['我有咗BB，公司想炒我', 'female-protection'],
  ])('%s → %s', (q, topic) => expect(retrieve(q, library).hits[0]?.article.topic).toBe(topic))

  it.each(['老板拖欠我两个月工资怎么办', '工伤八级能拿多少钱', '公司不给交社保'])(
    'limits select a prefix of one ranking: %s',
    (q) => {
      const all = retrieve(q, library, { limit: 50 })
      for (const limit of [0, 1, 5, 12]) {
        const r = retrieve(q, library, { limit })
        expect(r.hits).toEqual(all.hits.slice(0, limit))
        expect(r.confidence).toBe(all.confidence)
      }
      const scores = all.hits.map((h) => h.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
  )

  it('rank() and matched() give what search() gives', () => {
    const groups = queryGroups(
      library.segmenter.cut(library.normalize('被辞退了能拿多少经济补偿金')),
      library
    )
    const { docs, scores } = library.index.rank(groups)
    expect(library.index.search(groups)).toEqual(
      Array.from(docs, (doc, r) => ({
        doc,
        score: scores[r],
        matched: library.index.matched(groups, doc),
      }))
    )
  })
})
