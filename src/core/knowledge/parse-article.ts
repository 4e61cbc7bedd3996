import { parse as parseYaml } from 'yaml'
import { ArticleError } from '../errors'
import { type Article, ArticleFrontMatterSchema, SECTION_HEADINGS } from './article'
import { parseSections } from './article-sections'

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/**
 * Parses one Markdown article: YAML front matter validated with zod, body split into sections.
 * Runs at build time only (the runtimes load the built artifact).
 * @throws ArticleError naming the file, the field and the zod message.
 */
export function parseArticle(text: string, file: string): Article {
  const match = FRONT_MATTER.exec(text)
  if (!match) throw new ArticleError(file, 'front matter', 'missing --- block at the top')
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch (err) {
    throw new ArticleError(file, 'front matter', `invalid YAML: ${(err as Error).message}`)
  }
  const parsed = ArticleFrontMatterSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new ArticleError(file, issue.path.join('.') || '(root)', issue.message)
  }
  const body = text.slice(match[0].length).trim()
  const sections = parseSections(body, file)
  const fm = parsed.data
  if (fm.kind === 'case') {
    for (const need of ['caseFacts', 'caseReply'] as const)
      if (!sections[need]) throw new ArticleError(file, 'body', `a case needs ## ${headingOf(need)}`)
  } else if (sections.keyPoints.length === 0) {
    throw new ArticleError(file, 'body', 'a rule or guide needs ## 要点 with bullets')
  }
  if (sections.keyPoints.length > 5) throw new ArticleError(file, 'body', 'at most five 要点 bullets')
  return { ...fm, sections, body }
}

function headingOf(key: string): string {
  return Object.entries(SECTION_HEADINGS).find(([, v]) => v === key)?.[0] ?? key
}
