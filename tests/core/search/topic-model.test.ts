import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readArtifact } from '../../../scripts/lib/load-library'
import { featuresOf } from '../../../scripts/lib/topic-training'
import { loadLibrary } from '../../../src/core/knowledge/library'
import { packedEntry } from '../../../src/core/segment/dag-segmenter'
import { loadTopicModel, topicFeatures } from '../../../src/core/search/topic-model'
import { trainTopicModel } from '../../../src/core/search/train-topic-model'

// A toy problem: two topics told apart by their words; the third feature is noise.
const TOPICS = ['wage-arrears', 'work-injury-recognition']
const examples = [
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['工资', '拖欠', `噪声${i}`],
    topic: 'wage-arrears',
  })),
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['工伤', '受伤', `噪声${i}`],
    topic: 'work-injury-recognition',
  })),
]

describe('topicFeatures', () => {
  it('takes index words, Chinese characters and adjacent character pairs, each once', () => {
    expect(topicFeatures('老板欠工资', ['老板', '欠', '工资'])).toEqual([
      '老板',
      '欠',
      '工资',
      '|老',
      '|老板',
      '|板',
      '|板欠',
      '|欠',
      '|欠工',
      '|工',
      '|工资',
      '|资',
    ])
  })

  it('drops stopwords from the words but keeps their pairs', () => {
    const f = topicFeatures('我的工资', ['我', '的', '工资'])
    expect(f).not.toContain('的')
    expect(f).toContain('|的工')
  })
})

describe('trainTopicModel / loadTopicModel', () => {
  const opts = { minCount: 2, step: 0.01 }

  it('learns which words name which topic', () => {
    const model = loadTopicModel(trainTopicModel(TOPICS, examples, opts))
    const wage = model.predict(['拖欠', '工资'])
    const injury = model.predict(['受伤'])
    expect(wage[0]).toBeGreaterThan(0.65)
    expect(injury[1]).toBeGreaterThan(0.65)
    expect(wage[0]! + wage[1]!).toBeCloseTo(1, 9)
  })

  it('leaves out features seen in fewer than minCount examples', () => {
    const data = trainTopicModel(TOPICS, examples, { ...opts, minCount: 3 })
    const { entries } = data.features
    const known = entries
      .flatMap((group, i) =>
        Array.from({ length: group.length / (i + 1) }, (_, m) => packedEntry(group, i + 1, m))
      )
      .join(' ')
    expect(known).toContain('工资')
    expect(known).not.toContain('噪声')
  })

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainTopicModel(TOPICS, examples, opts)).toEqual(trainTopicModel(TOPICS, examples, opts))
  })

  it('gives an unknown question the prior only (no feature found)', () => {
    const p = loadTopicModel(trainTopicModel(TOPICS, examples, opts)).predict(['外星语'])
    expect(Math.abs(p[0]! - p[1]!)).toBeLessThan(0.1)
  })

  it('rejects a topic outside the class list', () => {
    expect(() => trainTopicModel(TOPICS, [{ features: ['x'], topic: 'nope' }])).toThrow(/nope/)
  })
})

describe('the shipped model', () => {
  const artifact = readArtifact()
  const library = loadLibrary(artifact)

  it('fits its budget in the artifact: ≤ 60 KiB gzip', () => {
    expect(gzipSync(JSON.stringify(artifact.topicModel)).length).toBeLessThanOrEqual(60 * 1024)
    expect(artifact.topicModel.topics.length).toBeGreaterThanOrEqual(38)
  })

  it.each([
    // Worded afresh for this test, not taken from a labelled set.
    ['干活时从脚手架上摔下来骨折了，能不能算工伤', 'work-injury-recognition'],
    ['厂里三个月没发工资了，老板一直拖着', 'wage-arrears'],
  ])('ranks %s on %s among its two likeliest topics', (q, topic) => {
    const p = library.topicModel.predict(featuresOf(q, library))
    const order = [...p.keys()].sort((a, b) => p[b]! - p[a]!)
    expect(order.slice(0, 2).map((c) => library.topicModel.topics[c])).toContain(topic)
  })
})
