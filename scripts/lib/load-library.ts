/** Loads the built artifact for scripts and tests (builds it first if missing). */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { type KnowledgeArtifact, type Library, loadLibrary } from '../../src/core/knowledge/library'
import { ROOT } from './read-knowledge'

export const ARTIFACT_PATH = join(ROOT, 'src/generated/knowledge.json')

export function readArtifact(): KnowledgeArtifact {
  if (!existsSync(ARTIFACT_PATH))
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' })
  return JSON.parse(readFileSync(ARTIFACT_PATH, 'utf8')) as KnowledgeArtifact
}

export function loadBuiltLibrary(): Library {
  return loadLibrary(readArtifact())
}
