import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/knowledge/parse-article'
import { ArticleError } from '../../../src/core/errors'

const valid = `---
id: wage-arrears-test
topic: wage-arrears
kind: rule
title: 老板拖欠工资怎么办
summary: 工资至少每月发一次。被拖欠可以打12333投诉，或申请劳动仲裁，仲裁不收费。
keywords: [拖欠工资, 欠薪, 12333]
region: national
basis:
  - { law: 劳动合同法, article: 第三十条 }
updated: 2026-11-24
sources: [劳动合同法文本]
---

## 要点
- 工资至少每月发一次
- 在职时讨欠薪
  不受一年时效限制

## 怎么办
1. 书面催讨
2. 打12333投诉
`

describe('parseArticle', () => {
  it('parses front matter and sections, joining continuation lines', () => {
    const a = parseArticle(valid, 'knowledge/wage-arrears/test.md')
    expect(a.id).toBe('wage-arrears-test')
    expect(a.keywords).toEqual(['拖欠工资', '欠薪', '12333'])
    expect(a.sections.keyPoints).toEqual(['工资至少每月发一次', '在职时讨欠薪不受一年时效限制'])
    expect(a.sections.steps).toEqual(['书面催讨', '打12333投诉'])
    expect(a.related).toEqual([])
  })

  it.each([
    ['topic', valid.replace('topic: wage-arrears', 'topic: wages'), 'topic'],
    ['kind', valid.replace('kind: rule', 'kind: story'), 'kind'],
    ['summary length', valid.replace(/summary: .*/, `summary: ${'长'.repeat(201)}`), 'summary'],
    ['date', valid.replace('updated: 2026-11-24', 'updated: yesterday'), 'updated'],
    ['id', valid.replace('id: wage-arrears-test', 'id: Wage Arrears'), 'id'],
    ['unknown field', valid.replace('region: national', 'region: national\nauthor: me'), '(root)'],
  ])('rejects a bad %s naming the file and the field', (_name, text, field) => {
    const err = (() => {
      try {
        parseArticle(text, 'knowledge/x.md')
      } catch (e) {
        return e
      }
      return null
    })()
    expect(err).toBeInstanceOf(ArticleError)
    expect((err as ArticleError).message).toMatch(/^knowledge\/x\.md: /)
    expect((err as ArticleError).field).toBe(field)
  })

  it('rejects unknown sections and a case without its case sections', () => {
    expect(() => parseArticle(valid.replace('## 怎么办', '## 怎样办'), 'k.md')).toThrow(/unknown section/)
    expect(() => parseArticle(valid.replace('kind: rule', 'kind: case'), 'k.md')).toThrow(/案件概况/)
  })
})
