import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ARTIFACT_STAMP,
  buildFiles,
  ensureKnowledge,
  ensureServer,
  hashInputs,
  readStamp,
  SERVER_INPUTS,
  stampArtifact,
} from '../../scripts/ensure-built.mjs'

let root: string
const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true })
  writeFileSync(join(root, rel), text)
}
const artifact = () => join(root, 'src/generated/knowledge.json')
const quiet = { say: () => undefined }

/** A stand-in for build-knowledge.ts: the artifact lists each article's text, as the real one would. */
function fakeBuild(calls: string[]) {
  return (r: string) => {
    calls.push(r)
    const text = readFileSync(join(r, 'knowledge/wages/a.md'), 'utf8')
    mkdirSync(join(r, 'src/generated'), { recursive: true })
    writeFileSync(join(r, 'src/generated/knowledge.json'), JSON.stringify({ version: 1, text }))
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gongyou-ensure-'))
  write('knowledge/wages/a.md', '# 拖欠工资\n')
  write('scripts/build-knowledge.ts', 'export {}\n')
  write('src/core/ask.ts', 'export {}\n')
  write('src/runtimes/node.ts', 'export {}\n')
  write('package-lock.json', '{}\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('hashInputs', () => {
  const hash = () => hashInputs(root, ['knowledge', 'src/core', 'package-lock.json'])

  it.each([
    ['an article edited', () => write('knowledge/wages/a.md', '# 拖欠工资！\n')],
    ['an article added', () => write('knowledge/wages/b.md', 'x')],
    ['an article removed', () => unlinkSync(join(root, 'knowledge/wages/a.md'))],
    [
      'an article renamed',
      () => {
        write('knowledge/wages/c.md', '# 拖欠工资\n')
        unlinkSync(join(root, 'knowledge/wages/a.md'))
      },
    ],
    ['build code edited', () => write('src/core/ask.ts', 'export const x = 1\n')],
    ['the lock file edited', () => write('package-lock.json', '{"a":1}\n')],
  ])('changes when %s', (_name, change) => {
    const before = hash()
    change()
    expect(hash()).not.toBe(before)
  })

  it('is stable, and ignores generated output', () => {
    const before = hash()
    write('src/core/generated/x.json', '{}')
    expect(hash()).toBe(before)
    expect(hash()).toMatch(/^[0-9a-f]{64}$/)
  })

  it('follows a symbolic link to a file, as a file', () => {
    const before = hash()
    symlinkSync(join(root, 'knowledge/wages/a.md'), join(root, 'knowledge/wages/link.md'))
    expect(hash()).not.toBe(before)
  })

  it('gives the same hash with contents shared between calls, and reads what it lacks', () => {
    const contents = new Map<string, Buffer>()
    const inputs = ['knowledge', 'src/core', 'package-lock.json']
    expect(hashInputs(root, inputs, [], contents)).toBe(hash())
    expect([...contents.keys()].sort()).toEqual(
      ['knowledge/wages/a.md', 'package-lock.json', 'src/core/ask.ts'].map((p) => join(p))
    )
    expect(hashInputs(root, ['src', 'package-lock.json'], [], contents)).toBe(
      hashInputs(root, ['src', 'package-lock.json'])
    )
    expect(contents.has(join('src/runtimes/node.ts'))).toBe(true)
  })
})

describe('artifact stamp', () => {
  it('goes in front as the first field and can be replaced; the JSON stays the same otherwise', () => {
    write('src/generated/knowledge.json', JSON.stringify({ version: 1, articles: [] }))
    expect(readStamp(artifact(), ARTIFACT_STAMP)).toBeNull()
    stampArtifact(artifact(), 'a'.repeat(64))
    expect(readStamp(artifact(), ARTIFACT_STAMP)).toBe('a'.repeat(64))
    stampArtifact(artifact(), 'b'.repeat(64))
    expect(JSON.parse(readFileSync(artifact(), 'utf8'))).toEqual({
      inputHash: 'b'.repeat(64),
      version: 1,
      articles: [],
    })
  })

  it('an empty object gets a stamp and stays valid JSON', () => {
    write('src/generated/knowledge.json', '{}')
    stampArtifact(artifact(), 'c'.repeat(64))
    expect(JSON.parse(readFileSync(artifact(), 'utf8'))).toEqual({ inputHash: 'c'.repeat(64) })
  })
})

describe('ensureKnowledge', () => {
  it('builds when missing, not when fresh, again after an article is edited', () => {
    const calls: string[] = []
    const build = fakeBuild(calls)
    expect(ensureKnowledge({ root, build, ...quiet }).built).toBe(true)
    expect(ensureKnowledge({ root, build, ...quiet }).built).toBe(false)
    expect(calls).toHaveLength(1)

    write('knowledge/wages/a.md', '# 拖欠工资，新写法\n')
    expect(ensureKnowledge({ root, build, ...quiet }).built).toBe(true)
    expect(calls).toHaveLength(2)
    // The answer comes from the edited text, never the old one.
    const json = JSON.parse(readFileSync(artifact(), 'utf8')) as { text: string }
    expect(json.text).toBe('# 拖欠工资，新写法\n')
  })

  it('rebuilds an artifact built without a stamp (npm run build by hand, an older checkout)', () => {
    write('src/generated/knowledge.json', '{"version":1}')
    const calls: string[] = []
    expect(ensureKnowledge({ root, build: fakeBuild(calls), ...quiet }).built).toBe(true)
    expect(calls).toHaveLength(1)
  })

  it('rebuilds a truncated or corrupt artifact', () => {
    const calls: string[] = []
    ensureKnowledge({ root, build: fakeBuild(calls), ...quiet })
    const whole = readFileSync(artifact(), 'utf8')
    write('src/generated/knowledge.json', whole.slice(0, whole.length - 3))
    expect(ensureKnowledge({ root, build: fakeBuild(calls), ...quiet }).built).toBe(true)
    write('src/generated/knowledge.json', readFileSync(artifact(), 'utf8').slice(0, 40))
    expect(ensureKnowledge({ root, build: fakeBuild(calls), ...quiet }).built).toBe(true)
    write('src/generated/knowledge.json', 'garbage')
    expect(ensureKnowledge({ root, build: fakeBuild(calls), ...quiet }).built).toBe(true)
    expect(calls).toHaveLength(4)
  })

  it('a failed build throws and leaves no fresh stamp behind', () => {
    const fail = () => {
      throw new Error('knowledge build failed (exit 1)')
    }
    expect(() => ensureKnowledge({ root, build: fail, ...quiet })).toThrow(/build failed/)
    const calls: string[] = []
    expect(ensureKnowledge({ root, build: fakeBuild(calls), ...quiet }).built).toBe(true)
  })

  it('--force builds even when fresh', () => {
    const calls: string[] = []
    ensureKnowledge({ root, build: fakeBuild(calls), ...quiet })
    ensureKnowledge({ root, build: fakeBuild(calls), force: true, ...quiet })
    expect(calls).toHaveLength(2)
  })
})

describe('ensureServer', () => {
  let builds = 0
  /** A stand-in for esbuild: the stamped entry, its main module and its chunk folder. */
  const build = () => {
    builds++
    const hash = hashInputs(root, SERVER_INPUTS)
    const { main, chunks } = buildFiles(join(root, 'src/generated/server.mjs'), hash)
    write(relative(root, join(chunks, 'chunk-A.mjs')), 'export {}\n')
    write(relative(root, main), 'export {}\n')
    write('src/generated/server.mjs', `// gongyou-inputs: ${hash}\nexport {}\n`)
  }
  beforeEach(() => (builds = 0))

  it('bundles when missing and after a source edit, not when fresh', () => {
    expect(ensureServer({ root, build, ...quiet }).built).toBe(true)
    expect(ensureServer({ root, build, ...quiet }).built).toBe(false)
    write('src/runtimes/node.ts', 'export const changed = true\n')
    expect(ensureServer({ root, build, ...quiet }).built).toBe(true)
    expect(builds).toBe(2)
  })

  it.each(['main', 'chunks'] as const)(
    'bundles again when the %s the entry loads is gone',
    (part) => {
      const { hash, path } = ensureServer({ root, build, ...quiet })
      rmSync(buildFiles(path, hash)[part], { recursive: true })
      expect(ensureServer({ root, build, ...quiet }).built).toBe(true)
      expect(existsSync(buildFiles(path, hash)[part])).toBe(true)
    }
  )

  it("names a build's files by the input hash, so builds of other inputs never share them", () => {
    const entry = join(root, 'src/generated/server.mjs')
    const a = buildFiles(entry, 'a'.repeat(64))
    expect(a).toEqual({
      main: join(root, 'src/generated', `server-${'a'.repeat(16)}.mjs`),
      chunks: join(root, 'src/generated', `server-${'a'.repeat(16)}`),
    })
    expect(buildFiles(entry, 'b'.repeat(64)).main).not.toBe(a.main)
  })
})
