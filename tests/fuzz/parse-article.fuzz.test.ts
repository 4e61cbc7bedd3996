import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/knowledge/parse-article'
import { ArticleError } from '../../src/core/errors'
import { KNOWLEDGE_DIR } from '../../scripts/lib/read-knowledge'
import { anyString, RUNS } from './arbitraries'

/** Real article files, as mutation seeds. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(dir, e.name))
      : e.name.endsWith('.md') && e.name !== 'README.md'
        ? [join(dir, e.name)]
        : []
  )
}
const REAL = walk(KNOWLEDGE_DIR)
  .slice(0, 60)
  .map((p) => readFileSync(p, 'utf8'))

/** parseArticle must return an article or throw ArticleError, nothing else. */
function parsesOrArticleError(text: string): void {
  try {
    const a = parseArticle(text, 'fuzz.md')
    expect(typeof a.id).toBe('string')
    expect(Array.isArray(a.sections.keyPoints)).toBe(true)
  } catch (err) {
    if (!(err instanceof ArticleError))
      throw new Error(`threw ${(err as Error)?.name}: ${(err as Error)?.message}`, { cause: err })
  }
}

/** Edits that keep most of a real article: delete, duplicate or insert a slice, swap two lines. */
const mutated = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.constantFrom('del', 'dup', 'ins', 'swap'),
        anyString(12)
      ),
      { minLength: 1, maxLength: 4 }
    )
  )
  .map(([text, edits]) => {
    let t = text
    for (const [pos, len, op, s] of edits) {
      const at = t.length ? pos % t.length : 0
      if (op === 'del') t = t.slice(0, at) + t.slice(at + len)
      else if (op === 'dup') t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at)
      else if (op === 'ins') t = t.slice(0, at) + s + t.slice(at)
      else {
        const lines = t.split('\n')
        const i = at % lines.length
        const j = (at + len) % lines.length
        ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        t = lines.join('\n')
      }
    }
    return t
  })

/** A front-matter block of arbitrary YAML-ish lines and an arbitrary body. */
const framed = fc
  .tuple(
    fc.array(
      fc.oneof(
        anyString(40),
        fc.constantFrom(
          'id: a-b',
          'topic: wage-arrears',
          'kind: case',
          'kind: rule',
          'keywords: [1, 2]',
          'basis: []',
          'title: [',
          '&a *a',
          '- - -',
          '? x',
          '!!binary aGk=',
          'updated: 2026-13-45'
        )
      ),
      { maxLength: 12 }
    ),
    anyString(300)
  )
  .map(([lines, body]) => `---\n${lines.join('\n')}\n---\n${body}`)

// The yaml package reports odd directives and tags as process warnings; thousands of them are noise here.
const emitWarning = process.emitWarning
beforeAll(() => {
  process.emitWarning = ((w: unknown, ...rest: unknown[]) => {
    if ((w as Error | undefined)?.name === 'YAMLWarning') return
    ;(emitWarning as (...a: unknown[]) => void).call(process, w, ...rest)
  }) as typeof process.emitWarning
})
afterAll(() => {
  process.emitWarning = emitWarning
})

describe(`parseArticle on arbitrary text: returns an Article or throws ArticleError (${RUNS.core} runs per property)`, () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(anyString(500), parsesOrArticleError), { numRuns: RUNS.core })
  }, 120_000)

  it('arbitrary front matter blocks', () => {
    fc.assert(fc.property(framed, parsesOrArticleError), { numRuns: RUNS.core })
  }, 120_000)

  it(`mutated real articles (${REAL.length} seeds)`, () => {
    fc.assert(fc.property(mutated, parsesOrArticleError), { numRuns: RUNS.core })
  }, 120_000)
})
