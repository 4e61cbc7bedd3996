import { Document, Encoder } from 'flexsearch'
import { FIELDS } from './fields'

/**
 * The FlexSearch document index over pre-segmented, space-joined tokens. FlexSearch 0.8 exports
 * no config, so build and load must create it with this one function (toolchain.md §3).
 * `tokenize: 'strict'` + split on spaces keeps jieba's words whole.
 */
export function createFlexDocument(): Document {
  return new Document({
    tokenize: 'strict',
    encoder: new Encoder({ split: ' ', normalize: false, dedupe: false }),
    document: { id: 'id', index: [...FIELDS] },
  })
}
