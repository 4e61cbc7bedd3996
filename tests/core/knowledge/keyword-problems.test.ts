import { describe, expect, it } from 'vitest'
import { keywordProblems, MAX_KEYWORD_CHARS } from '../../../src/core/knowledge/validate-library'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

// Keyword hygiene (kb:check): keywords name a problem in a few words, and no two keywords of an
// article are the same phrase once normalised (each would add the phrase bonus again).
const { normalize } = loadBuiltLibrary()

describe('keywordProblems', () => {
  it('accepts short, distinct keywords', () => {
    expect(keywordProblems(['拖欠工资', '老板跑路', '工伤认定'], normalize)).toEqual([])
  })

  it(`rejects a keyword longer than ${MAX_KEYWORD_CHARS} characters`, () => {
    const [problem] = keywordProblems(['公司说不交社保就多发工资行吗'], normalize)
    expect(problem).toMatch(/longer than 10/)
  })

  it('counts characters, not UTF-16 units, and allows exactly the limit', () => {
    expect(keywordProblems(['一二三四五六七八九十'], normalize)).toEqual([])
  })

  it.each([
    ['欠薪', '拖欠工资'], // synonym → the articles' term
    ['双倍工资', '雙倍工資'], // traditional form
    ['高温津贴', '高温补贴'],
    ['代通知金', 'N+1'], // width and case
  ])('rejects %s and %s together (same after normalisation)', (a, b) => {
    const problems = keywordProblems([a, b], normalize)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/same after normalisation/)
  })
})
