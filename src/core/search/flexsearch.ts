/**
 * FlexSearch's compact build (Index, Encoder, export/import; no workers, persistence or
 * resolver): 28 KB minified against the full bundle's 51, the same source and API for what we
 * use. The package's exports map names only the full bundle, hence the path into its dist/.
 * @module
 */
import type * as Full from 'flexsearch'
// @ts-expect-error -- the compact build ships no type declarations; its API is the package's.
import * as compact from '../../../node_modules/flexsearch/dist/flexsearch.compact.module.min.js'

const build = compact as typeof Full
export const Index = build.Index
export type Index = Full.Index
export const Encoder = build.Encoder
