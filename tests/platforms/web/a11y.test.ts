/** Issue 15 item 11, what can be checked without a browser: headings, errors in Chinese, slashes. */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const app = createApp({ library, config: parseConfig({}) })
const article = library.articles[0]!
/** What a person reads: the page without its style, script and tags. */
const visibleText = (html: string) =>
  html
    .replace(/<(style|script)[^>]*>.*?<\/\1>/gs, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')

describe('web: accessibility details', () => {
  it.each([
    ['/'],
    ['/?q=' + encodeURIComponent('加班费')],
    ['/chat'],
    ['/calc'],
    ['/calc/severance'],
    ['/intake'],
    [`/articles/${article.id}`],
    [`/topics/${article.topic}`],
    ['/articles/no-such-article'],
  ])('%s has exactly one <h1>', async (path) => {
    const html = await (await app.request(path)).text()
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
  })

  it.each([
    ['/calc/'],
    ['/chat/'],
    ['/intake/'],
    [`/articles/${article.id}/`],
    ['/calc/severance/'],
  ])('a trailing slash is not a 404: %s → 301 to the page', async (path) => {
    const res = await app.request(path + '?monthlyWage=1')
    expect(res.status).toBe(301)
    const to = new URL(res.headers.get('location')!)
    expect(to.pathname).toBe(path.slice(0, -1))
    expect(to.search).toBe('?monthlyWage=1')
    expect((await app.request(to.pathname)).status).toBe(200)
  })

  it('a broken form body and an oversized one get a Chinese page, not an English message', async () => {
    for (const path of ['/intake', '/calc/severance']) {
      const broken = await app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data' },
        body: 'x',
      })
      expect(broken.status).toBe(400)
      const text = visibleText(await broken.text())
      expect(text).toContain('没有读懂提交的内容')
      expect(text).not.toMatch(/[A-Za-z]{4,}/)
      const big = await app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'text=' + 'a'.repeat(70 * 1024),
      })
      expect(big.status).toBe(413)
      const bigText = visibleText(await big.text())
      expect(bigText).toContain('提交的内容太长')
      expect(bigText).not.toMatch(/[A-Za-z]{4,}/)
    }
    // API callers keep their JSON.
    const api = await app.request('/api/ask', { method: 'POST', body: 'a'.repeat(70 * 1024) })
    expect(api.status).toBe(413)
    expect(((await api.json()) as { error: string }).error).toBe('payload-too-large')
  })
})
