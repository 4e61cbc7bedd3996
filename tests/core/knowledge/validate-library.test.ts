import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/knowledge/parse-article'
import { repealedPartOf, type Statute } from '../../../src/core/knowledge/statute'
import { validateLibrary } from '../../../src/core/knowledge/validate-library'
import { TOPIC_IDS } from '../../../src/core/knowledge/topics'

// 法释〔2025〕12号 第二十一条 repealed 解释一 第三十二条第一款 from 2025-09-01.
const jie1: Statute = {
  name: '解释一',
  fullName: '解释一',
  docNumber: '法释〔2020〕26号',
  status: '现行',
  effective: '2021-01-01',
  repealedParts: [{ part: '第三十二条第一款', on: '2025-09-01', by: '解释二', byArticle: '第二十一条' }],
}
const jie2: Statute = { name: '解释二', fullName: '解释二', docNumber: '法释〔2025〕12号', status: '现行', effective: '2025-09-01' }

describe('repealedPartOf', () => {
  it.each([
    { article: '第三十二条第一款', date: '2026-12-06', repealed: true },
    { article: '第三十二条', date: '2026-12-06', repealed: true }, // the whole article no longer says one thing
    { article: '第三十二条第一款第一项', date: '2026-12-06', repealed: true },
    { article: '第三十二条第二款', date: '2026-12-06', repealed: false }, // still in force
    { article: '第三十三条', date: '2026-12-06', repealed: false },
    { article: '第三十二条第一款', date: '2025-08-31', repealed: false }, // before the repeal
    { article: undefined, date: '2026-12-06', repealed: false },
  ])('$article on $date → $repealed', ({ article, date, repealed }) => {
    expect(repealedPartOf(jie1, article, date) !== undefined).toBe(repealed)
  })
})

describe('validateLibrary: a repealed paragraph is refused as a basis', () => {
  const article = (basisArticle: string) =>
    parseArticle(
      `---\nid: t\ntopic: retirement\nkind: rule\ntitle: 测试\nsummary: 测试用的摘要文字足够长。\nkeywords: [测试]\nregion: national\nbasis:\n  - { law: 解释一, article: ${basisArticle} }\nupdated: 2026-12-01\nsources: [测试]\n---\n\n## 要点\n- 一条\n`,
      't.md'
    )
  const run = (basisArticle: string, statutes = [jie1, jie2]) =>
    validateLibrary({
      articles: [article(basisArticle)],
      files: new Map(),
      statutes,
      facts: {},
      calculatorNames: [],
      today: '2026-12-06',
    }).filter((p) => !p.startsWith('topic ') || !TOPIC_IDS.some((t) => p === `topic ${t} has no rule or guide article`))

  it('fails 第三十二条第一款 and names the repealing document', () => {
    expect(run('第三十二条第一款').join('\n')).toMatch(/repealed on 2025-09-01 by 解释二 第二十一条/)
  })
  it('passes the paragraph still in force', () => {
    expect(run('第三十二条第二款')).toEqual([])
  })
  it('fails a repealing document that is not registered', () => {
    expect(run('第一条', [jie1]).join('\n')).toMatch(/repealed by 解释二, which is not registered/)
  })
})
