import { type Citation, groupCitations } from '../../core'
import { UI } from './labels'

/** Legal basis as a list, one line per statute: 《full name》第X条、第Y条（doc number）. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <ul class='basis'>
      {groupCitations(citations).map((g) => (
        <li>
          <cite>{g.title}</cite>
          {g.articles.join('、')}
          {g.docNumber ? <span class='small'>（{g.docNumber}）</span> : null}
          {g.status && UI.statuteStatus(g.status) ? (
            <span class='small'>{UI.statuteStatus(g.status)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
