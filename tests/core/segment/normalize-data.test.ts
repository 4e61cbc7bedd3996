import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

// The shipped tables (knowledge/synonyms.yaml + the generated character table): Cantonese,
// traditional forms, typos — and the guards that keep ordinary words intact.
const { normalize } = loadBuiltLibrary()

describe('normaliser data', () => {
  it.each([
    ['老闆唔俾人工', '老板不给工资'], // 闆: a second traditional form of 板
    ['冇簽合同', '没签合同'], // 簽 (not 籤) → 签; 冇签 → the negation unit 没签
    ['淨係休兩日', '只休两日'],
    ['每日返十二個鐘', '上班十二小时'],
    ['我有咗BB', '我怀孕'],
    ['聽日唔使返工', '明天辞退'], // 唔使返工 is a dismissal idiom
    ['俾公司炒咗', '被辞退了'],
    ['劳工处', '人社局'],
    ['判頭走咗佬', '判头跑路'],
    ['辞只', '辞职'],
    ['公司不交社报', '公司不缴纳社会保险'],
    ['加班费按底心算', '加班费按基本工资算'],
    ['工商鉴定九级', '工伤鉴定九级'],
  ])('%s → %s', (input, out) => expect(normalize(input)).toBe(out))

  // knowledge/concepts.yaml: members of a class meet the articles through the class's word.
  it.each([
    ['老公得了尿毒症', '配偶得了患病'],
    ['白血病住院', '患病住院'],
    ['奶奶去世请假', '祖父母去世请假'],
    ['压断了手指', '压断了肢体'],
    ['老婆婆', '老婆婆'], // guard: not a wife
    // Negation units: one spelling per verb (knowledge/synonyms.yaml), kept whole by the dictionary.
    ['公司未签合同', '公司没签合同'],
    ['单位没有缴社保', '单位没交社会保险'],
    ['被辞退没给补偿', '被辞退不给补偿'],
  ])('concept: %s → %s', (input, out) => expect(normalize(input)).toBe(out))

  it.each([
    '员工上班', // not 工上 → 工伤
    '我和同事', // not 和同 → 合同
    '调到其他岗位', // not 到其 → 到期
    '各种裁员', // not 种裁 → 仲裁
    '得不偿失',
    '明天放假不用上班', // a day off, not a dismissal
    '劳动仲裁',
    '成效显著', // 著 is Taiwan's form of 着 but a simplified character too
  ])('leaves %s alone', (text) => expect(normalize(text)).toBe(text))

  // The generated character table holds every traditional form opencc-js knows, not one per
  // simplified character: standard forms and Hong Kong / Taiwan variants alike.
  it.each([
    ['係', '系'],
    ['繫', '系'],
    ['隻', '只'],
    ['衹', '只'],
    ['臺', '台'],
    ['檯', '台'],
    ['颱', '台'],
    ['綫', '线'],
    ['線', '线'],
    ['爲', '为'],
    ['為', '为'],
    ['麪', '面'],
    ['麵', '面'],
    ['鐘', '钟'],
    ['週', '周'],
    ['製', '制'],
    ['複', '复'],
    ['産', '产'],
  ])('maps %s → %s', (t, s) => expect(normalize(t)).toBe(s))
})
