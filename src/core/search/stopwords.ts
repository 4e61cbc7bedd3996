/**
 * Function words and politeness that carry no topic; dropped from documents and questions
 * (both sides, so indexing and querying stay symmetric).
 * @module
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    '的 了 吗 呢 啊 吧 呀 哦 嘛 么 着 过 得 地 之 与 和 及 或 并 而 也 都 就 还 又 再 才 很 太 更 最 ' +
    '我 你 您 他 她 它 我们 你们 他们 她们 咱 自己 本人 人家 ' +
    '是 在 有 没 没有 不 会 能 要 想 让 被 把 给 对 从 向 到 为 以 于 按 跟 ' +
    '这 那 这个 那个 这样 那样 这种 那种 哪 哪些 什么 怎么 怎样 怎么样 如何 为什么 多少 几 ' +
    '请问 你好 您好 谢谢 麻烦 律师 老师 请 问 一下 咨询 一个 个 些 吗? 呢? 吧? ' +
    '可以 可不可以 能不能 是不是 是否 应该 需要 现在 已经 因为 所以 但是 但 如果 然后 该 怎么办 咋办 咋 怎么处理 ' +
    '上 下 里 中 后 前 时 时候 这里 那里 . , ? ! % - _ # & +'
  ).split(/\s+/)
)
