/**
 * Shared arbitraries and run counts for the property-based tests. Run counts are explicit so the
 * report (docs/bench.md) can say how much each property was exercised; FUZZ_RUNS_SCALE scales
 * them all (e.g. FUZZ_RUNS_SCALE=10 for a long local run).
 */
import fc from 'fast-check'

const SCALE = Number(process.env['FUZZ_RUNS_SCALE'] ?? 1) || 1

/** Runs per property, by cost of one run. */
export const RUNS = {
  /** Pure functions on strings (normaliser, segmenter). */
  cheap: Math.round(5000 * SCALE),
  /** ask()/retrieve() and the article parser. */
  core: Math.round(2000 * SCALE),
  /** One request through the Hono app. */
  http: Math.round(1000 * SCALE),
} as const

/** Characters a worker's question is made of: Chinese (simplified and traditional), full-width forms, Cantonese, digits, punctuation. */
const QUESTION_CHARS = [
  ...'老板拖欠工资两个月不给公司辞退我经济补偿金加班费怎么算工伤社保年假怀孕试用期劳动合同仲裁',
  ...'廠裏幹了三年半被辭退了能拿多少經濟補償金炒魷魚俾人炒咗人工點計嘅唔係冇',
  ...'０１２３４５６７８９ＡＢＣａｂｃ！？，。：；（）　',
  ...'0123456789.%-+#&_ abcXYZ!?,;:()[]{}<>"\'\\/\n\t',
  ...'元块万千百十年月日号周岁倍半个',
]

/** A question-like string: mostly Chinese, with the odd full-width, Cantonese and ASCII character. */
export const questionLike = (maxLength = 80): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...QUESTION_CHARS), maxLength })

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))

/** Arbitrary strings: code units (lone surrogates), full code points, graphemes, and question-like text. */
export const anyString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    questionLike(maxLength)
  )
