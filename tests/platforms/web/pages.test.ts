import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { MAX_QUESTION_CHARS } from '../../../src/core/ask'

const library = loadBuiltLibrary()
const app = createApp({
  library,
  config: parseConfig({}),
  now: () => new Date('2026-05-01T04:00:00Z'),
})
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers })
  return { res, html: await res.text() }
}
const articleWith = (pred: (a: (typeof library.articles)[number]) => boolean) =>
  library.articles.find(pred)!

describe('web: home and search', () => {
  it('GET / renders the search box, the topic browser and the hotlines', async () => {
    const { res, html } = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toMatch(/<input[^>]*name="q"/)
    expect(html).toMatch(/<label for="q">/)
    for (const n of ['12351', '12333', '12348']) expect(html).toContain(`href="tel:${n}"`)
    expect(html).toContain('劳动合同') // a taxonomy group
    expect(html).toContain('href="/topics/wage-arrears"')
  })

  it('GET /?q= returns results without JavaScript: links to /articles/<id> with title, summary, topic', async () => {
    const { res, html } = await get(`/?q=${encodeURIComponent('老板拖欠我两个月工资怎么办')}`)
    expect(res.status).toBe(200)
    const ids = [...html.matchAll(/<li><a href="\/articles\/([a-z0-9-]+)">/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(0)
    expect(library.byId.get(ids[0]!)!.topic).toBe('wage-arrears')
    expect(html).toContain(library.byId.get(ids[0]!)!.title.replace(/"/g, '&quot;'))
    expect(html).toContain('class="tag">拖欠工资/欠薪<')
  })

  it('GET /api/search returns hits with id, title, summary, topic', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent('加班费怎么算')}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { q: string; hits: Array<Record<string, string>> }
    expect(body.q).toBe('加班费怎么算')
    expect(body.hits[0]).toMatchObject({ topic: 'overtime-pay' })
    for (const key of ['id', 'title', 'summary', 'topic', 'topicName', 'url'])
      expect(typeof body.hits[0]![key]).toBe('string')
    const empty = (await (await app.request('/api/search?q=')).json()) as { hits: unknown[] }
    expect(empty.hits).toEqual([])
  })

  it('escapes user input in the page', async () => {
    const { html } = await get(
      `/?q=${encodeURIComponent('<script>alert(1)</script>"><img src=x onerror=alert(2)>')}`
    )
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('GET /topics/<id> lists the topic; an unknown topic is a 404 page', async () => {
    const { res, html } = await get('/topics/overtime-pay')
    expect(res.status).toBe(200)
    for (const a of library.articles.filter((x) => x.topic === 'overtime-pay'))
      expect(html).toContain(`href="/articles/${a.id}"`)
    expect((await get('/topics/no-such-topic')).res.status).toBe(404)
  })

  it('serves the client script with a long cache and sets security headers on pages', async () => {
    const { res: page, html } = await get('/')
    const src = /<script src="([^"]+)"/.exec(html)![1]!
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const js = await app.request(src)
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    expect(js.headers.get('cache-control')).toMatch(/immutable/)
    expect(html).not.toMatch(/<script>(?!<\/script>)/) // no inline script (CSP)
  })
})

describe('web: articles', () => {
  it('renders an article with basis (full name and doc number), region, updated, related, calculators, copy text', async () => {
    const a = articleWith((x) => x.calculators.length > 0 && x.related.length > 0)
    const { res, html } = await get(`/articles/${a.id}`)
    expect(res.status).toBe(200)
    expect(html).toContain(`<time datetime="${a.updated}">`)
    expect(html).toMatch(/适用地区：/)
    const statute = library.statutes.get(a.basis[0]!.law)!
    expect(html).toContain(`《${statute.fullName}》`)
    expect(html).toContain(statute.docNumber)
    expect(html).toContain(`href="/calc/${a.calculators[0]}"`)
    const related = library.byId.get(a.related[0]!)
    if (related) expect(html).toContain(`href="/articles/${related.id}"`)
    // The chat text is in the page itself (selectable without JS) and the button is enhanced by JS.
    const text = /<textarea id="chat-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!
    expect(text).toContain('12351')
    expect(text).toContain('仅供参考')
    expect(text).toContain(`《${statute.fullName}》`)
    // No PUBLIC_BASE_URL: no link (never one built from the request's Host header).
    expect(text).not.toContain('全文：')
    expect(text).not.toContain('localhost')
    expect(html).toMatch(/data-copy="chat-text"/)
    expect(html).toMatch(/@media print/)
  })

  it('unknown article → 404 HTML page', async () => {
    const { res, html } = await get('/articles/no-such-article')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(html).toContain('找不到这个页面')
  })

  it('an unknown page is an HTML 404; unknown API and webhook paths stay JSON', async () => {
    const page = await get('/no/such/page')
    expect(page.res.status).toBe(404)
    expect(page.html).toContain('找不到这个页面')
    for (const path of ['/api/nothing', '/webhook/wechat', '/webhook']) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      expect(await res.json(), path).toMatchObject({ error: 'not-found' })
    }
  })

  it('every article renders', async () => {
    for (const a of library.articles)
      expect((await app.request(`/articles/${a.id}`)).status, a.id).toBe(200)
  })
})

describe('web: calculators', () => {
  it('the form inputs are named after the calculator params', async () => {
    const { html } = await get('/calc/severance')
    for (const name of ['monthlyWage', 'serviceMonths', 'startDate', 'endDate', 'city'])
      expect(html).toMatch(new RegExp(`<input[^>]*name="${name}"`))
    expect(html).toMatch(/<label for="f-monthlyWage">/)
    expect(html).not.toContain('data-amount')
  })

  it('GET with values shows the amount in [data-amount], the steps, the basis and the year of every figure', async () => {
    const { res, html } = await get(
      '/calc/severance?monthlyWage=8000&serviceMonths=42&city=%E5%B9%BF%E5%B7%9E'
    )
    expect(res.status).toBe(200)
    expect(html).toContain('data-amount="32000.00"')
    expect(html).toContain('<table>')
    expect(html).toContain('《中华人民共和国劳动合同法》')
    expect(html).toMatch(/<td[^>]*data-year="true"[^>]*>20\d\d<\/td>/)
  })

  it('POST works too (form body)', async () => {
    const res = await app.request('/calc/annual-leave-pay', {
      method: 'POST',
      body: new URLSearchParams({ monthlyWage: '4350', unusedDays: '5' }),
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/data-amount="2000\.00"/)
  })

  it.each([
    ['not a number', '/calc/severance?monthlyWage=abc&serviceMonths=12', /请填写数字/],
    ['negative wage', '/calc/severance?monthlyWage=-5&serviceMonths=12', /应大于 0/],
    ['neither months nor start date', '/calc/severance?monthlyWage=5000', /入职日期/],
    [
      'grade not an integer',
      '/calc/work-injury-disability?disabilityGrade=2.5&monthlyWage=5000',
      /应为整数/,
    ],
    ['bad date', '/calc/work-injury-application-deadline?accidentDate=2026-13-40', /日期/],
  ])('invalid input (%s) → 400 with a message on the page', async (_name, path, message) => {
    const { res, html } = await get(path)
    expect(res.status).toBe(400)
    expect(html).toMatch(/role="alert"/)
    expect(html).toMatch(message)
    expect(html).not.toContain('data-amount')
  })

  it('the fragment request returns only the result', async () => {
    const { html } = await get('/calc/severance?monthlyWage=8000&serviceMonths=42', {
      'X-Fragment': 'result',
    })
    expect(html).not.toContain('<html')
    expect(html).toContain('data-amount="32000.00"')
  })

  it('deadline calculators show the date', async () => {
    const { html } = await get('/calc/work-injury-application-deadline?accidentDate=2026-03-01')
    expect(html).toContain('data-deadline="2027-03-01"')
  })

  it('retirement-date: a select for the category, the age and month as the headline', async () => {
    const form = (await get('/calc/retirement-date')).html
    expect(form).toMatch(/<select[^>]*name="category"/)
    expect(form).toContain('<option value="female-50">女（原50岁退休）</option>')
    const { html } = await get('/calc/retirement-date?birthMonth=1975-06&category=male')
    expect(html).toContain('法定退休年龄62岁8个月，2038年2月退休')
  })

  it('wage-arrears: the owed amount, and each part with its condition', async () => {
    const { html } = await get(
      '/calc/wage-arrears?monthlyWage=6000&unpaidMonths=3&serviceMonths=24'
    )
    expect(html).toContain('data-amount="18000.00"')
    expect(html).toContain('经济补偿 N：约 12,000.00 元 — 你因为单位拖欠工资而解除劳动合同时')
    expect(html).toContain('加付赔偿金（应付金额的50%–100%）：约 9,000.00–18,000.00 元')
  })

  it('every calculator page renders; an unknown one is a 404', async () => {
    const { html } = await get('/calc')
    const names = [...html.matchAll(/href="\/calc\/([a-z-]+)"/g)].map((m) => m[1]!)
    expect(names.length).toBeGreaterThanOrEqual(13)
    for (const n of names) expect((await app.request(`/calc/${n}`)).status, n).toBe(200)
    expect((await app.request('/calc/no-such-calculator')).status).toBe(404)
  })
})

describe('web: intake', () => {
  /** Read the call and confirm the facts unchanged (step 2). */
  const post = (text: string, fields: Record<string, string> = {}) =>
    app.request('/intake', {
      method: 'POST',
      body: new URLSearchParams({ text, step: 'ticket', ...fields }),
    })
  const readFacts = (text: string) =>
    app.request('/intake', { method: 'POST', body: new URLSearchParams({ text }) })

  it('GET /intake renders the form', async () => {
    const { res, html } = await get('/intake')
    expect(res.status).toBe(200)
    expect(html).toMatch(/<textarea[^>]*name="text"/)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('summarises a call: topic, facts, calculations, deadline, referral, 工单 text', async () => {
    const res = await post('我在东莞一家厂干了3年半，月薪6000，2026年4月15日被辞退，没给补偿')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/data-topic="termination-[a-z]+"/)
    expect(html).toMatch(/<input[^>]*name="fact_monthlyWage"[^>]*value="6000"/)
    expect(html).toMatch(/data-calculator="severance">[^<]*<data data-amount="24000\.00"/)
    expect(html).toMatch(/劳动仲裁时效：2027-04-15 前/)
    const ticket = /<textarea id="ticket-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!
    expect(ticket).toMatch(/^【工单摘要】2026-05-01/)
    expect(ticket).toContain('12351')
  })

  it('step 1 shows the facts read from the call as fields, and no ticket yet', async () => {
    const res = await readFacts('我在东莞一家厂干了3年半，月薪6000，2026年4月15日被辞退，没给补偿')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<input[^>]*name="fact_serviceMonths"[^>]*value="42"/)
    expect(html).toMatch(/<input[^>]*name="facts_shown"[^>]*value="[^"]*serviceMonths/)
    expect(html).not.toContain('id="ticket-text"')
    expect(html).not.toContain('data-amount')
  })

  it('corrected facts, not the misread ones, make the calculations and the ticket', async () => {
    const text = '公司两个月没发工资，月薪5000，2026年4月15日被辞退'
    const shown = 'monthlyWage,serviceMonths,endDate'
    const corrected = await post(text, {
      facts_shown: shown,
      fact_monthlyWage: '5000',
      fact_serviceMonths: '3年多',
      fact_endDate: '2026-04-15',
    })
    expect(corrected.status).toBe(200)
    const ticket = /<textarea id="ticket-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(
      await corrected.text()
    )![1]!
    expect(ticket).toContain('在本单位工作的月数 36')
    expect(ticket).not.toContain('在本单位工作的月数 2；')
    // A calculator's own input the call did not give, filled in by staff, is used too.
    const arrears = await (
      await post(text, {
        facts_shown: 'monthlyWage,unpaidMonths',
        fact_monthlyWage: '5000',
        fact_unpaidMonths: '2',
      })
    ).text()
    expect(arrears).toMatch(/data-calculator="wage-arrears">[^<]*<data data-amount="10000\.00"/)
    // An emptied field drops the fact; an unreadable one is a 400 naming the field, no ticket.
    const dropped = /<textarea id="ticket-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(
      await (
        await post(text, { facts_shown: shown, fact_monthlyWage: '5000', fact_serviceMonths: '' })
      ).text()
    )![1]!
    expect(dropped).toMatch(/月工资[^；\n]* 5,000/)
    expect(dropped).not.toContain('在本单位工作的月数 ')
    const bad = await post(text, { facts_shown: shown, fact_serviceMonths: '很久' })
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('没看懂“很久”')
    expect(badHtml).not.toContain('id="ticket-text"')
    expect(badHtml).toMatch(/name="fact_serviceMonths"[^>]*value="很久"/)
  })

  it('work-injury calls get both application deadlines', async () => {
    const html = await (await post('2026年3月1日在工地上受伤了，骨折，单位不给申请工伤认定')).text()
    expect(html).toMatch(/data-calculator="work-injury-application-deadline"/)
    expect(html).toMatch(/单位 2026-03-31 前/)
  })

  it('empty or too long text → 400 with a message; HTML in the text is escaped', async () => {
    expect((await post('   ')).status).toBe(400)
    expect((await post('工'.repeat(2001))).status).toBe(400)
    // The intake reads no more than core does (MAX_QUESTION_CHARS).
    expect((await post('工'.repeat(MAX_QUESTION_CHARS + 1))).status).toBe(400)
    expect((await post('工'.repeat(MAX_QUESTION_CHARS))).status).toBe(200)
    const html = await (await post('<b>被辞退</b> 月薪5000')).text()
    expect(html).not.toContain('<b>被辞退')
    expect(html).toContain('&lt;b&gt;被辞退')
  })

  it('logs nothing the caller said', async () => {
    const lines: string[] = []
    const orig = { log: console.log, error: console.error, warn: console.warn, info: console.info }
    console.log =
      console.error =
      console.warn =
      console.info =
        (...a: unknown[]) => void lines.push(a.map(String).join(' '))
    try {
      await post('我叫张三，身份证号440101199001011234，被辞退')
      await app.request(`/?q=${encodeURIComponent('张三被辞退')}`)
    } finally {
      Object.assign(console, orig)
    }
    expect(lines.join('\n')).not.toMatch(/张三|4401011990/)
  })
})

describe('web: links in copied text never come from the Host header', () => {
  const a = library.articles[0]!
  const story = '公司拖欠我三个月工资，月薪5000，怎么办'
  const intake = (target: ReturnType<typeof createApp>) =>
    target.request('http://evil.example/intake', {
      method: 'POST',
      body: new URLSearchParams({ text: story, step: 'ticket' }),
      headers: { host: 'evil.example' },
    })

  it('without PUBLIC_BASE_URL: no link to another host in the article’s chat text or the ticket', async () => {
    const page = await app.request(`http://evil.example/articles/${a.id}`, {
      headers: { host: 'evil.example' },
    })
    expect(await page.text()).not.toContain('evil.example')
    expect(await (await intake(app)).text()).not.toContain('evil.example')
  })

  it('with PUBLIC_BASE_URL: absolute links on that base only', async () => {
    const based = createApp({
      library,
      config: parseConfig({ PUBLIC_BASE_URL: 'https://gongyou.example/' }),
    })
    const html = await (
      await based.request(`http://evil.example/articles/${a.id}`, {
        headers: { host: 'evil.example' },
      })
    ).text()
    expect(html).toContain(`全文：https://gongyou.example/articles/${a.id}`)
    expect(html).not.toContain('evil.example')
    const ticket = await (await intake(based)).text()
    expect(ticket).toContain('https://gongyou.example/articles/')
    expect(ticket).not.toContain('evil.example')
  })
})
