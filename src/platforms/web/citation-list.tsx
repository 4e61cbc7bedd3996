import { articleNumber } from '../../core'
import type { CitedBasis } from './cite-with-text'
import { UI } from './labels'

interface StatuteGroup {
  title: string
  docNumber?: string | undefined
  status?: string | undefined
  articles: CitedBasis[]
}

/** Citations of one statute together, its articles in number order (第四条 before 第三十九条). */
function groupByStatute(citations: readonly CitedBasis[]): StatuteGroup[] {
  const groups = new Map<string, StatuteGroup>()
  for (const c of citations) {
    let g = groups.get(c.law)
    if (!g)
      groups.set(
        c.law,
        (g = { title: c.title, docNumber: c.docNumber, status: c.status, articles: [] })
      )
    if (c.article) g.articles.push(c)
  }
  for (const g of groups.values())
    g.articles.sort((a, b) => articleNumber(a.article!) - articleNumber(b.article!))
  return [...groups.values()]
}

/**
 * Legal basis, one entry per statute: 《full name》（doc number）, then its articles in number
 * order; an article whose official text the registry holds opens it in place (`<details>`, so
 * it works without JavaScript), with the source and the version's date.
 */
export function CitationList({ citations }: { citations: readonly CitedBasis[] }) {
  return (
    <ul class='basis'>
      {groupByStatute(citations).map((g) => (
        <li>
          <cite>{g.title}</cite>
          {g.docNumber ? <span class='small'>（{g.docNumber}）</span> : null}
          {g.status && UI.statuteStatus(g.status) ? (
            <span class='small'>{UI.statuteStatus(g.status)}</span>
          ) : null}
          {g.articles.length ? (
            <span class='arts'>
              {g.articles.map((a) =>
                a.statuteText ? (
                  <details class='statute'>
                    <summary>{a.article}</summary>
                    <blockquote>
                      {a.statuteText.text.split('\n').map((p) => (
                        <p>{p}</p>
                      ))}
                    </blockquote>
                    <p class='small'>
                      {UI.statuteTextSource(a.statuteText.source, a.statuteText.version)}
                    </p>
                  </details>
                ) : (
                  <span class='art'>{a.article}</span>
                )
              )}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
