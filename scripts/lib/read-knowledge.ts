/**
 * Reads knowledge/ from disk (build and check scripts only; the runtimes load the artifact).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { Article } from '../../src/core/knowledge/article'
import { parseArticle } from '../../src/core/knowledge/parse-article'
import { type Statute, StatuteSchema, StatuteTextSchema } from '../../src/core/knowledge/statute'
import { ArticleError } from '../../src/core/errors'

export const ROOT = new URL('../..', import.meta.url).pathname
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge')

export interface KnowledgeSource {
  articles: Article[]
  /** Article file per id, relative to the project root. */
  files: Map<string, string>
  statutes: Statute[]
  synonyms: Array<[string, string]>
  /** Concept vocabulary (knowledge/concepts.yaml): [word, concept token]. */
  concepts: Array<[string, string]>
  userDictPath: string | null
  params: unknown
  /**
   * Domain gate markers (knowledge/domain.yaml). labour also takes the user dictionary's words;
   * shared lists the words other domains use too (公司, 赔偿, 投诉 …), never counted as strong labour.
   */
  domain: { labour: string[]; shared: string[]; other: string[] }
  errors: ArticleError[]
}

const SynonymsSchema = z.array(
  z
    .object({
      to: z.string(),
      from: z.array(z.union([z.string(), z.number()]).transform(String)).min(1),
    })
    .strict()
)

const ConceptsSchema = z.array(
  z
    .object({
      concept: z.string().min(1),
      words: z.array(z.string().min(1)).min(1),
    })
    .strict()
)

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .sort()
}

function readYaml(path: string, what: string): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new ArticleError(relative(ROOT, path), what, `invalid YAML: ${(err as Error).message}`)
  }
}

/** Reads and validates everything under knowledge/; article errors are collected, not thrown. */
export function readKnowledge(dir = KNOWLEDGE_DIR): KnowledgeSource {
  const errors: ArticleError[] = []
  const articles: Article[] = []
  const files = new Map<string, string>()
  for (const path of walk(dir)) {
    const rel = relative(ROOT, path)
    if (!path.endsWith('.md') || relative(dir, path) === 'README.md') continue
    try {
      const article = parseArticle(readFileSync(path, 'utf8'), rel)
      const folder = relative(dir, path).split('/')[0]
      if (folder !== article.topic)
        throw new ArticleError(rel, 'topic', `is ${article.topic} but the file is under ${folder}/`)
      articles.push(article)
      files.set(article.id, rel)
    } catch (err) {
      if (err instanceof ArticleError) errors.push(err)
      else throw err
    }
  }

  const statutes: Statute[] = []
  const statuteDir = join(dir, 'statutes')
  if (existsSync(statuteDir))
    for (const path of walk(statuteDir).filter((p) => p.endsWith('.yaml'))) {
      const rel = relative(ROOT, path)
      const list = readYaml(path, 'statutes')
      if (!Array.isArray(list)) throw new ArticleError(rel, '(root)', 'expected a list of statutes')
      list.forEach((entry, i) => {
        const parsed = StatuteSchema.safeParse(entry)
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!
          throw new ArticleError(rel, `[${i}].${issue.path.join('.')}`, issue.message)
        }
        statutes.push(parsed.data)
      })
    }

  // The cited articles' official text (knowledge/statute-texts/<name>.yaml) joins its registry entry.
  const textDir = join(dir, 'statute-texts')
  if (existsSync(textDir))
    for (const path of walk(textDir).filter((p) => p.endsWith('.yaml'))) {
      const rel = relative(ROOT, path)
      const parsed = StatuteTextSchema.safeParse(readYaml(path, 'statute text'))
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        throw new ArticleError(rel, issue.path.join('.'), issue.message)
      }
      const { law, ...text } = parsed.data
      const statute = statutes.find((st) => st.name === law)
      if (!statute) throw new ArticleError(rel, 'law', `"${law}" is not in knowledge/statutes/`)
      statute.text = text
    }

  const synonyms: Array<[string, string]> = []
  const synPath = join(dir, 'synonyms.yaml')
  if (existsSync(synPath)) {
    const parsed = SynonymsSchema.safeParse(readYaml(synPath, 'synonyms') ?? [])
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new ArticleError('knowledge/synonyms.yaml', issue.path.join('.'), issue.message)
    }
    for (const { to, from } of parsed.data) for (const f of from) synonyms.push([f, to])
  }

  const concepts: Array<[string, string]> = []
  const conceptPath = join(dir, 'concepts.yaml')
  if (existsSync(conceptPath)) {
    const parsed = ConceptsSchema.safeParse(readYaml(conceptPath, 'concepts') ?? [])
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new ArticleError('knowledge/concepts.yaml', issue.path.join('.'), issue.message)
    }
    for (const { concept, words } of parsed.data) for (const w of words) concepts.push([w, concept])
  }

  const userDictPath = existsSync(join(dir, 'userdict.txt')) ? join(dir, 'userdict.txt') : null
  const paramsPath = join(dir, 'params.yaml')
  const params = existsSync(paramsPath) ? readYaml(paramsPath, 'params') : null
  const domainPath = join(dir, 'domain.yaml')
  const DomainSchema = z
    .object({
      labour: z.array(z.coerce.string()),
      shared: z.array(z.coerce.string()).default([]),
      neutral: z.array(z.coerce.string()).default([]),
      other: z.array(z.coerce.string()),
    })
    .strict()
  const domainParsed = DomainSchema.safeParse(
    existsSync(domainPath) ? readYaml(domainPath, 'domain') : { labour: [], shared: [], other: [] }
  )
  if (!domainParsed.success)
    throw new ArticleError(
      'knowledge/domain.yaml',
      domainParsed.error.issues[0]!.path.join('.'),
      domainParsed.error.issues[0]!.message
    )
  const { neutral, ...domain } = domainParsed.data
  // Dictionary words listed as neutral (negation units, 寒假 …) are kept whole but mark no domain.
  const notLabour = new Set(neutral)
  if (userDictPath)
    for (const line of readFileSync(userDictPath, 'utf8').split('\n')) {
      const word = line.trim().split(/\s+/)[0]
      if (word && [...word].length >= 2 && !notLabour.has(word)) domain.labour.push(word)
    }
  return { articles, files, statutes, synonyms, concepts, userDictPath, params, domain, errors }
}
