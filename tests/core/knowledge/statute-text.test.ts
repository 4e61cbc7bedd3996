import { describe, expect, it } from 'vitest'
import { articleNumber, statuteArticleText } from '../../../src/core'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { parseStatuteMarkdown } from '../../../scripts/import-statute-texts'

const library = loadBuiltLibrary()

describe('statute text', () => {
  it.each([
    ['第四条', 4],
    ['第十条', 10],
    ['第三十九条', 39],
    ['第四十七条第二款', 47],
    ['第一百一十三条', 113],
    ['第一千一百六十五条', 1165],
    ['附件', Infinity],
  ])('articleNumber(%s) = %s', (article, n) => {
    expect(articleNumber(article)).toBe(n)
  })

  it('the registry carries the cited articles’ text with its version date and source', () => {
    // 《劳动合同法》第四十七条 (2012 amendment): the severance rule every N calculation cites.
    const found = statuteArticleText(library.statutes.get('劳动合同法'), '第四十七条第二款')
    expect(found?.article).toBe('第四十七条')
    expect(found?.text).toMatch(/^经济补偿按劳动者在本单位工作的年限/)
    expect(found?.text.split('\n')).toHaveLength(3)
    expect(found?.version).toBe('2012-12-28')
    expect(found?.source).toContain('flk.npc.gov.cn')
    // A statute nobody could obtain the text of has none (not an invented one).
    expect(statuteArticleText(library.statutes.get('劳动争议司法解释二'), '第一条')).toBeNull()
  })

  it('every text held is for a cited statute, keyed 第N条, never empty', () => {
    let held = 0
    for (const s of library.statutes.values())
      for (const [k, v] of Object.entries(s.text?.articles ?? {})) {
        held++
        expect(k).toMatch(/^第[一二三四五六七八九十百千零]+条$/)
        expect(v.trim().length).toBeGreaterThan(5)
      }
    expect(held).toBeGreaterThan(300)
  })

  it('the import reads a statute file: articles, their paragraphs, headings skipped', () => {
    const md = [
      '# 某某法',
      '',
      '2000年1月1日通过',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一章 总则',
      '',
      '第一条 为了 《某条例》 （以下简称条例），制定本法。',
      '',
      '第二条　第一款。',
      '',
      '（一）一项；',
      '',
      '## 第二章 附则',
      '',
      '第三条 本法自公布之日起施行。',
    ].join('\n')
    const parsed = parseStatuteMarkdown(md)
    expect([...parsed.keys()]).toEqual(['第一条', '第二条', '第三条'])
    expect(parsed.get('第一条')).toBe('为了《某条例》（以下简称条例），制定本法。')
    expect(parsed.get('第二条')).toBe('第一款。\n（一）一项；')
  })
})
