/**
 * A segmenter cuts normalised Chinese text into words. Swappable: the build uses nodejieba,
 * the runtimes use {@link createDagSegmenter} over the index's vocabulary.
 * @module
 */
export interface Segmenter {
  cut(text: string): string[]
}
