import type { Library } from '../knowledge/library'

/** A legal basis resolved against the statute registry, for display. */
export interface Citation {
  law: string
  article?: string
  /** 《full name》, or 《short name》 when the registry lacks it. */
  title: string
  docNumber?: string
  /** 现行 / 已修订 / 已废止. */
  status?: string
}

/** Resolves `{ law, article }` pairs to full statute names and document numbers, without repeats. */
export function citeBasis(
  list: ReadonlyArray<{ law: string; article?: string }>,
  library: Library
): Citation[] {
  const seen = new Set<string>()
  const out: Citation[] = []
  for (const b of list) {
    const key = `${b.law}|${b.article ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const statute = library.statutes.get(b.law)
    out.push({
      law: b.law,
      ...(b.article ? { article: b.article } : {}),
      title: `《${statute?.fullName ?? b.law}》`,
      ...(statute ? { docNumber: statute.docNumber, status: statute.status } : {}),
    })
  }
  return out
}

/** Citations of one statute together: 《劳动合同法》第三十条、第三十八条（doc number）. */
export interface CitationGroup {
  title: string
  articles: string[]
  docNumber?: string
  status?: string
}

/** Groups citations by statute, keeping the first-seen order. */
export function groupCitations(list: readonly Citation[]): CitationGroup[] {
  const groups = new Map<string, CitationGroup>()
  for (const c of list) {
    let g = groups.get(c.law)
    if (!g) {
      g = {
        title: c.title,
        articles: [],
        ...(c.docNumber ? { docNumber: c.docNumber } : {}),
        ...(c.status ? { status: c.status } : {}),
      }
      groups.set(c.law, g)
    }
    if (c.article) g.articles.push(c.article)
  }
  return [...groups.values()]
}

/** 《劳动合同法》第三十九条、第四十条（主席令第六十五号…）: one statute, its document number once. */
export function citationText(g: Pick<CitationGroup, 'title' | 'articles' | 'docNumber'>): string {
  return `${g.title}${g.articles.join('、')}${g.docNumber ? `（${g.docNumber}）` : ''}`
}
