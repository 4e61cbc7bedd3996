import type { Article } from './article'
import { repealedPartOf, type Statute } from './statute'
import { TOPIC_IDS } from './topics'

export type FactConfidence = 'verified' | 'likely' | 'unverified'

export interface LibraryCheckInput {
  articles: readonly Article[]
  files: ReadonlyMap<string, string>
  statutes: readonly Statute[]
  facts: Readonly<Record<string, FactConfidence>>
  calculatorNames: readonly string[]
  /** Today's date (YYYY-MM-DD); `updated` may not be later. */
  today: string
  /**
   * The library's normaliser (width, traditional → simplified, synonyms): two keywords of one
   * article that normalise to the same text are one phrase counted twice.
   */
  normalize?: (text: string) => string
}

/**
 * Longest keyword, in characters. A keyword names a problem the way people say it (拖欠工资,
 * 被炒鱿鱼); a longer one is a whole question, and its everyday words land in the heaviest field.
 */
export const MAX_KEYWORD_CHARS = 10

/** Keyword hygiene of one article: no over-long keyword, no two that normalise alike. */
export function keywordProblems(
  keywords: readonly string[],
  normalize: (text: string) => string = (t) => t
): string[] {
  const problems: string[] = []
  const seen = new Map<string, string>()
  for (const k of keywords) {
    if ([...k].length > MAX_KEYWORD_CHARS)
      problems.push(`keyword "${k}" is longer than ${MAX_KEYWORD_CHARS} characters`)
    const key = normalize(k).replace(/\s+/g, '')
    const first = seen.get(key)
    if (first !== undefined)
      problems.push(`keywords "${first}" and "${k}" are the same after normalisation (${key})`)
    else seen.set(key, k)
  }
  return problems
}

/**
 * Content checks across the whole knowledge base (the schema is checked per file at parse time):
 * unique ids, every topic covered by a rule or guide, every cited law registered and in force,
 * no future dates, links and calculators resolve, no unverified fact used, keywords short and
 * distinct after normalisation.
 * @returns one readable problem per line; empty when the library is sound.
 */
export function validateLibrary(input: LibraryCheckInput): string[] {
  const problems: string[] = []
  const file = (a: Article) => input.files.get(a.id) ?? a.id
  const ids = new Map<string, number>()
  for (const a of input.articles) ids.set(a.id, (ids.get(a.id) ?? 0) + 1)
  for (const [id, n] of ids) if (n > 1) problems.push(`id ${id} is used by ${n} articles`)

  const statuteNames = new Map<string, Statute>()
  for (const s of input.statutes) {
    if (statuteNames.has(s.name)) problems.push(`statute ${s.name} is registered twice`)
    statuteNames.set(s.name, s)
    if (s.replacedBy && !input.statutes.some((t) => t.name === s.replacedBy))
      problems.push(`statute ${s.name}: replacedBy ${s.replacedBy} is not registered`)
    for (const p of s.repealedParts ?? [])
      if (!input.statutes.some((t) => t.name === p.by))
        problems.push(`statute ${s.name}: ${p.part} is repealed by ${p.by}, which is not registered`)
  }

  const covered = new Set(input.articles.filter((a) => a.kind !== 'case').map((a) => a.topic))
  for (const topic of TOPIC_IDS) if (!covered.has(topic)) problems.push(`topic ${topic} has no rule or guide article`)

  const calculators = new Set(input.calculatorNames)
  for (const a of input.articles) {
    for (const b of a.basis) {
      const statute = statuteNames.get(b.law)
      if (!statute) problems.push(`${file(a)}: basis law "${b.law}" is not in knowledge/statutes/`)
      else if (statute.status === '已废止')
        problems.push(`${file(a)}: basis law "${b.law}" is repealed${statute.replacedBy ? ` (use ${statute.replacedBy})` : ''}`)
      else {
        const part = repealedPartOf(statute, b.article, input.today)
        if (part)
          problems.push(
            `${file(a)}: basis ${b.law} ${b.article} — ${part.part} was repealed on ${part.on} by ${part.by}${part.byArticle ? ` ${part.byArticle}` : ''}; cite the law in force`
          )
      }
    }
    if (a.updated > input.today) problems.push(`${file(a)}: updated ${a.updated} is in the future`)
    for (const id of a.related) if (!ids.has(id)) problems.push(`${file(a)}: related id ${id} does not exist`)
    for (const c of a.calculators)
      if (!calculators.has(c)) problems.push(`${file(a)}: calculator ${c} does not exist`)
    for (const f of a.facts) {
      const confidence = input.facts[f]
      if (!confidence) problems.push(`${file(a)}: fact id ${f} is not in knowledge/fact-ids.yaml`)
      else if (confidence === 'unverified') problems.push(`${file(a)}: fact ${f} is unverified and must not be used`)
    }
    if ([...a.summary].length > 200) problems.push(`${file(a)}: summary longer than 200 characters`)
    for (const p of keywordProblems(a.keywords, input.normalize)) problems.push(`${file(a)}: ${p}`)
  }
  return problems
}
