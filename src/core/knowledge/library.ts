import { type Normalizer, type NormalizeData, createNormalizer } from '../segment/normalize'
import { type SegmenterData, createDagSegmenter, vocabularyTerms } from '../segment/dag-segmenter'
import type { Segmenter } from '../segment/segmenter'
import type { SearchData } from '../search/build-index'
import { RANKING, type RankingParams } from '../search/ranking'
import { loadTopicModel, type TopicModel, type TopicModelData } from '../search/topic-model'
import { type SearchIndex, loadSearchIndex } from '../search/search-index'
import { loadNeighbours, type NeighbourData, type Neighbours } from '../search/neighbours'
import { loadPhraseIndex, type PhraseData, type PhraseIndex, recutPhraseData } from '../search/phrases'
import type { Article, ArticleSections, ShippedArticle } from './article'
import { parseSections } from './article-sections'
import type { Statute } from './statute'

/** The one build artifact both runtimes load (src/generated/knowledge.json). */
export interface KnowledgeArtifact {
  version: 1
  /** The articles, each without its sections (derived from the body at load). */
  articles: ShippedArticle[]
  /** Each article's keywords (normalised) for phrase evidence in ranking: numbered, packed, cut by the runtime segmenter. */
  phrases: PhraseData
  search: SearchData
  /** The learned topic model (trained at build on the articles and the real questions). */
  topicModel: TopicModelData
  /** The labelled real questions (tests/real) whose nearest ones vote beside the topic model. */
  neighbours: NeighbourData
  segmenter: SegmenterData
  normalize: NormalizeData
  statutes: Statute[]
  /** The calculators' parameter table (knowledge/params.yaml), validated at build. */
  params: unknown
  /** Domain gate markers, normalised. */
  domain: DomainMarkers
}

export interface DomainMarkers {
  /** Words that mark a question as a labour question (the user dictionary's words included). */
  labour: string[]
  /** Words labour shares with other domains (公司, 赔偿, 投诉 …): labour evidence only when no other domain is named. */
  shared: string[]
  /** Words that mark another legal or everyday domain (离婚, 房东, 网购, 顾客 …). */
  other: string[]
}

/** The loaded knowledge base: articles plus everything needed to find them. */
export interface Library {
  articles: readonly Article[]
  byId: ReadonlyMap<string, Article>
  /** The articles' keyword phrases, ready for retrieval's phrase evidence. */
  phrases: PhraseIndex
  normalize: Normalizer
  segmenter: Segmenter
  index: SearchIndex
  /** Topic probabilities for a question, fused with the lexical ranking. */
  topicModel: TopicModel
  /** Labelled real questions: the nearest ones' topics, mixed into the topic model's. */
  neighbours: Neighbours
  /** The ranking's constants, fixed when the library is loaded. */
  ranking: Readonly<RankingParams>
  statutes: ReadonlyMap<string, Statute>
  params: unknown
  domain: DomainMarkers
}

export interface LoadLibraryOptions {
  /**
   * Defaults to jieba's algorithm over the artifact's vocabulary (another one re-cuts the keyword
   * phrases, which the artifact ships cut by the default one).
   */
  segmenter?: Segmenter
  /** The ranking's constants (default {@link RANKING}); tools pass others to compare settings. */
  ranking?: Readonly<RankingParams>
}

/**
 * Loads an artifact. Pure: the caller reads the JSON (a static import in the Worker, a file
 * read or import on Node), so core never touches files.
 */
export function loadLibrary(artifact: KnowledgeArtifact, options: LoadLibraryOptions = {}): Library {
  const { segmenter, ranking = RANKING } = options
  const articles = artifact.articles.map(withSections)
  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    phrases: loadPhraseIndex(segmenter ? recutPhraseData(artifact.phrases, segmenter) : artifact.phrases),
    normalize: createNormalizer(artifact.normalize),
    segmenter: segmenter ?? createDagSegmenter(artifact.segmenter),
    index: loadSearchIndex(artifact.search, vocabularyTerms(artifact.segmenter), ranking),
    topicModel: loadTopicModel(artifact.topicModel),
    neighbours: loadNeighbours(artifact.neighbours),
    ranking,
    statutes: new Map(artifact.statutes.map((s) => [s.name, s])),
    params: artifact.params,
    domain: artifact.domain,
  }
}

/**
 * The article with its sections, parsed from the body when the artifact left them out: on first
 * read, since an answer reads one or two articles' sections and loading all 150 cost cold start.
 */
function withSections(a: ShippedArticle): Article {
  if (a.sections) return a as Article
  // Rebuilt in the order parseArticle makes it, so /api/articles/:id keeps its field order (an
  // enumerable getter, which JSON.stringify reads; defined explicitly, since a getter in an object
  // literal after a spread is moved to the end when esbuild lowers the spread).
  const { body, ...front } = a
  let sections: ArticleSections | undefined
  const article: Record<string, unknown> = { ...front }
  Object.defineProperty(article, 'sections', {
    enumerable: true,
    get: () => (sections ??= parseSections(body, a.id)),
  })
  article.body = body
  return article as unknown as Article
}

/** The article as the artifact ships it: its sections are a second copy of its body. */
export function shippedArticle(a: Article): ShippedArticle {
  const { sections: _sections, ...rest } = a
  return rest
}
