import { ArticleError } from '../errors'
import { type ArticleSections, SECTION_HEADINGS, type SectionHeading } from './article'

/**
 * Splits an article's Markdown body into the sections the answer composer reads. The build
 * validates with it; loadLibrary runs it again on the shipped body, so the artifact carries each
 * article's text once (the sections were a second copy: 21 KiB of the Worker's gzip).
 * @throws ArticleError on a heading not in {@link SECTION_HEADINGS}.
 */
export function parseSections(body: string, file: string): ArticleSections {
  const sections: ArticleSections = { keyPoints: [], steps: [], evidence: [], basisNotes: [] }
  const parts = body.split(/^## +/m).slice(1)
  for (const part of parts) {
    const nl = part.indexOf('\n')
    const heading = (nl < 0 ? part : part.slice(0, nl)).trim()
    const content = nl < 0 ? '' : part.slice(nl + 1).trim()
    if (!(heading in SECTION_HEADINGS))
      throw new ArticleError(file, 'body', `unknown section "## ${heading}"`)
    const key = SECTION_HEADINGS[heading as SectionHeading]
    if (key === 'caseFacts' || key === 'caseReply' || key === 'caseExtension')
      sections[key] = content
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
