import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { ask } from '../../../src/core/ask'
import { secondIssue } from '../../../src/core/answer/second-issue'
import { retrieve } from '../../../src/core/search/retrieve'

const library = loadBuiltLibrary()

describe('secondIssue', () => {
  it('adds a short section for a second problem with words of its own', () => {
    const q = '在厂里干了两年一直没签合同也没交社保，现在老板突然把我辞退了，能要什么赔偿'
    const retrieval = retrieve(q, library, { limit: 10 })
    const also = secondIssue(retrieval, library)
    expect(also).toBeDefined()
    expect(also!.topic).not.toBe(retrieval.hits[0]!.article.topic)
  })

  it('says a problem once: a second issue the problem sections cover is not repeated (issue 14)', () => {
    const q = '在厂里干了两年一直没签合同也没交社保，现在老板突然把我辞退了，能要什么赔偿'
    const r = ask(q, { library })
    const also = secondIssue(retrieve(q, library, { limit: 10 }), library)!
    expect(r.answer.problems?.map((p) => p.id)).toEqual(['no-contract', 'no-social-insurance'])
    // Which of the two comes second depends on the ranking; either is covered by a section.
    expect(['contract-written', 'social-insurance']).toContain(also.topic)
    expect(r.answer.also).toBeUndefined()
    expect(r.answer.text).not.toContain(`【${also.title}】`)
  })

  it.each(['公司拖欠我三个月工资不发，怎么讨薪', '年假有几天', '试用期最长多久'])(
    'stays out of a one-problem question: %s',
    (q) => expect(secondIssue(retrieve(q, library, { limit: 10 }), library)).toBeUndefined()
  )

  it('is absent from a declined answer', () => {
    expect(ask('房东不退押金怎么办', { library }).answer.also).toBeUndefined()
  })
})
