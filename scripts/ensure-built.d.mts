/** Types for scripts/ensure-built.mjs (plain JavaScript so `npm start` needs no tsx). */
export declare const ROOT: string
export declare const KNOWLEDGE_INPUTS: readonly string[]
export declare const SERVER_INPUTS: readonly string[]
export declare const ARTIFACT_STAMP: string
export declare function hashInputs(
  root: string,
  inputs: readonly string[],
  extra?: readonly string[],
  contents?: Map<string, Buffer>
): string
export declare function knowledgeHash(root?: string, contents?: Map<string, Buffer>): string
export declare function readStamp(path: string, prefix: string): string | null
export declare function stampArtifact(path: string, hash: string): void
export interface EnsureOptions {
  root?: string
  force?: boolean
  build?: (root: string) => void
  say?: (msg: string) => void
  contents?: Map<string, Buffer>
}
export interface Ensured {
  built: boolean
  hash: string
  path: string
}
export declare function ensureKnowledge(options?: EnsureOptions): Ensured
export declare function ensureServer(options?: EnsureOptions): Ensured
export declare function buildFiles(entry: string, hash: string): { main: string; chunks: string }
