import { parse as parseYaml } from 'yaml'
import { ArticleError } from '../errors'
import { type Article, type ArticleSections, ArticleFrontMatterSchema, SECTION_HEADINGS, type SectionHeading } from './article'

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

function parseSections(body: string, file: string): ArticleSections {
  const sections: ArticleSections = { keyPoints: [], steps: [], evidence: [], basisNotes: [] }
  const parts = body.split(/^## +/m).slice(1)
  for (const part of parts) {
    const nl = part.indexOf('\n')
    const heading = (nl < 0 ? part : part.slice(0, nl)).trim()
    const content = nl < 0 ? '' : part.slice(nl + 1).trim()
    if (!(heading in SECTION_HEADINGS)) throw new ArticleError(file, 'body', `unknown section "## ${heading}"`)
    const key = SECTION_HEADINGS[heading as SectionHeading]
    if (key === 'caseFacts' || key === 'caseReply' || key === 'caseExtension') sections[key] = content
    else sections[key] = listItems(content)
  }
  return sections
}

/** Bullet or numbered items; a continuation line joins the item above it. */
function listItems(content: string): string[] {
  const items: string[] = []
  for (const raw of content.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const m = /^(?:[-*]|\d+[.、)])\s+(.*)$/.exec(line)
    if (m) items.push(m[1]!.trim())
    else if (items.length) items[items.length - 1] += line
    else items.push(line)
  }
  return items
}
