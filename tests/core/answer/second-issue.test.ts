import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { ask } from '../../../src/core/ask'
import { secondIssue } from '../../../src/core/answer/second-issue'
import { retrieve } from '../../../src/core/search/retrieve'

const library = loadBuiltLibrary()

describe('secondIssue', () => {
  it('adds a short section for a second problem with words of its own', () => {
    const q = '在厂里干了两年一直没签合同也没交社保，现在老板突然把我辞退了，能要什么赔偿'
    const r = ask(q, { library })
    const also = r.answer.also
    expect(also).toBeDefined()
    expect(also!.topic).not.toBe(r.hits[0]!.topic)
    expect(r.answer.text).toContain(`【${also!.title}】`)
    expect(r.answer.related.map((l) => l.id)).not.toContain(also!.articleId)
  })

  it.each(['公司拖欠我三个月工资不发，怎么讨薪', '年假有几天', '试用期最长多久'])(
    'stays out of a one-problem question: %s',
    (q) => expect(secondIssue(retrieve(q, library, { limit: 10 }), library)).toBeUndefined()
  )

  it('is absent from a declined answer', () => {
    expect(ask('房东不退押金怎么办', { library }).answer.also).toBeUndefined()
  })
})
