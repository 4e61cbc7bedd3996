import { type Citation, type Library, citeBasis, statuteArticleText } from '../../core'

/** A citation with the cited article's official text, when the registry has it. */
export type CitedBasis = Citation & {
  statuteText?: { article: string; text: string; version: string; source: string }
}

/** citeBasis, plus each article's text from the statute registry (knowledge/statute-texts/). */
export function citeWithText(
  basis: ReadonlyArray<{ law: string; article?: string }>,
  library: Library
): CitedBasis[] {
  return citeBasis(basis, library).map((c) => {
    const found = statuteArticleText(library.statutes.get(c.law), c.article)
    return found ? { ...c, statuteText: found } : c
  })
}
