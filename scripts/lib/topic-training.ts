/**
 * The topic model's training data, for the build and for `npm run eval`'s cross-validation:
 * each article (title, keywords, summary), the golden paraphrases (held-out files excepted) and
 * the labelled real questions in tests/real/, cut
 * with the library's own normaliser and runtime segmenter so that training sees exactly the
 * features ask() computes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Library } from '../../src/core/knowledge/library'
import { TOPIC_IDS } from '../../src/core/knowledge/topics'
import { topicFeatures, type TopicModelData } from '../../src/core/search/topic-model'
import {
  type TopicExample,
  trainTopicModel,
  type TrainOptions,
} from '../../src/core/search/train-topic-model'
import { ROOT } from './read-knowledge'

/** One labelled question (tests/real, tests/golden): topics, or declined for out-of-scope rows. */
export interface LabelledQuestion {
  q: string
  topics?: string[]
  declined?: boolean
}

export const REAL_DIR = join(ROOT, 'tests/real')

/** The labelled real questions, file by file in name order (dev-questions, train-questions). */
export function readRealQuestions(dir = REAL_DIR): LabelledQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)))
}

export function readJsonl(file: string): LabelledQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledQuestion)
}

/** The features ask() computes for a text. */
export function featuresOf(text: string, lib: Library): string[] {
  const normalized = lib.normalize(text.trim())
  return topicFeatures(normalized, lib.segmenter.cut(normalized))
}

/**
 * Weight of one keyword of an article as an example of its topic. Keywords are short phrases
 * naming the problem the way people do (kb:check holds them to that), so each is a small question
 * of its own; at a quarter weight an article's dozen keywords count about as much as three real
 * questions. (10-fold CV on tests/real, npm run eval: the model alone ranks the right topic first
 * 226 → 237 of 286 times; fused, top-1 about the same, 244 → 242, top-3 279 → 281. Chosen on
 * that CV, for the model's own accuracy, which the decline and clarify decisions read.)
 */
const KEYWORD_WEIGHT = 0.25

/**
 * Weight of one 要点 bullet of an article as an example of its topic. The bullets state the rule
 * in the words of the field (停工留薪期、劳动能力鉴定、规章制度公示), which the short keywords
 * and summary leave out; weighted low, since a bullet also names neighbouring topics.
 * (10-fold CV on tests/real, npm run eval, training seeds 12/1/2/3: fused top-1 248/248/250/248
 * of 286 without, 251 at every seed at 0.15; 0.1: 251/251 (seeds 12/1); 0.25: 249/248/248/248;
 * 0.5: 246/247. Adding case articles' 案件概况 as well: 249/250/250/251, not kept.)
 */
const KEY_POINT_WEIGHT = 0.15

/**
 * What each article is about, in its own words: one example of title, keywords and summary
 * together, one per keyword at {@link KEYWORD_WEIGHT} and one per 要点 bullet at
 * {@link KEY_POINT_WEIGHT}.
 */
export function articleExamples(lib: Library): TopicExample[] {
  const example = (text: string, topic: string, weight: number): TopicExample => ({
    features: featuresOf(text, lib),
    topic,
    weight,
  })
  return lib.articles.flatMap((a) => [
    example([a.title, ...a.keywords, a.summary].join('，'), a.topic, 1),
    ...a.keywords.map((k) => example(k, a.topic, KEYWORD_WEIGHT)),
    ...a.sections.keyPoints.map((p) => example(p, a.topic, KEY_POINT_WEIGHT)),
  ])
}

export const GOLDEN_DIR = join(ROOT, 'tests/golden')

/**
 * Our own paraphrases in tests/golden (workers' voice, Cantonese, traditional characters), except
 * the held-out files, which stay unseen. They teach the model the topics real traffic rarely
 * asks about; the cross-validation never scores them.
 */
export function goldenQuestions(dir = GOLDEN_DIR): LabelledQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('held-out'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)))
}

/**
 * Weight of a question's second acceptable topic as an example of that topic. Both labels are
 * right answers (eval counts either), so both are full examples: multi-label training as two
 * softmax targets. (10-fold CV, npm run eval: top-1 241 → 244 of 286 against half weight, 237 at
 * none. Chosen on that CV.)
 */
const SECOND_TOPIC_WEIGHT = 1

/**
 * One example per in-scope question, labelled with its first (leading) topic, and one for its
 * second acceptable topic, if any.
 */
export function questionExamples(rows: readonly LabelledQuestion[], lib: Library): TopicExample[] {
  return rows
    .filter((r) => !r.declined && r.topics?.length)
    .flatMap((r) => {
      const features = featuresOf(r.q, lib)
      const out: TopicExample[] = [{ features, topic: r.topics![0]! }]
      if (r.topics![1]) out.push({ features, topic: r.topics![1], weight: SECOND_TOPIC_WEIGHT })
      return out
    })
}

/** Trains the model on the articles, the golden paraphrases and `questions` (real ones). */
export function trainLibraryModel(
  lib: Library,
  questions: readonly LabelledQuestion[],
  options: Partial<TrainOptions> = {}
): TopicModelData {
  return trainTopicModel(
    TOPIC_IDS,
    [
      ...articleExamples(lib),
      ...questionExamples(goldenQuestions(), lib),
      ...questionExamples(questions, lib),
    ],
    options
  )
}

/** A model that knows no topic (retrieval is then lexical only). */
export const EMPTY_TOPIC_MODEL: TopicModelData = {
  topics: [],
  bias: [],
  features: { entries: [], values: [] },
  counts: [],
  weights: '',
  step: 1,
}
