import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const app = createApp({ library, config: parseConfig({}) })

describe('web: statute text a click away', () => {
  it('an article page lists each statute’s articles in number order, each with its text in <details>', async () => {
    // This article cites 《劳动合同法》 第三十九条…第四十三条, 第四条, 第四十八条 (in that order).
    const html = await (await app.request('/articles/termination-illegal-what-counts')).text()
    const item = /<li><cite>《中华人民共和国劳动合同法》<\/cite>.*?<\/li>/s.exec(html)?.[0] ?? ''
    const order = [...item.matchAll(/<summary>(第[^<]+条)<\/summary>/g)].map((m) => m[1])
    expect(order).toEqual([
      '第四条',
      '第三十九条',
      '第四十条',
      '第四十一条',
      '第四十二条',
      '第四十三条',
      '第四十八条',
    ])
    const art48 = /<summary>第四十八条<\/summary>(.*?)<\/details>/s.exec(item)?.[1] ?? ''
    expect(art48).toContain(
      library.statutes.get('劳动合同法')!.text!.articles['第四十八条']!.split('\n')[0]
    )
    expect(art48).toContain('2012-12-28')
    expect(art48).toContain('flk.npc.gov.cn')
  })

  it('a cited article without a text in the registry is shown as plain text, not an empty popover', async () => {
    const withoutText = library.articles.find((a) =>
      a.basis.some((b) => b.law === '劳动争议司法解释二' && b.article)
    )!
    const html = await (await app.request(`/articles/${withoutText.id}`)).text()
    const item = /<li><cite>《[^》]*解释（二）》<\/cite>.*?<\/li>/s.exec(html)?.[0] ?? ''
    expect(item).toContain('<span class="art">第')
    expect(item).not.toContain('<details')
  })

  it('the calculator result cites with text too', async () => {
    const html = await (
      await app.request('/calc/severance?monthlyWage=8000&serviceMonths=42')
    ).text()
    expect(html).toMatch(/<summary>第四十七条<\/summary><blockquote><p>经济补偿按劳动者/)
  })
})
