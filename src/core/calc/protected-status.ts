/**
 * Workers the law shields from dismissal without fault (《劳动合同法》第四十二条): the situations,
 * how a question names them, and what the answer says about each.
 * @module
 */

/** The situations of 劳动合同法第四十二条 that a question can name. */
export const PROTECTED_STATUSES = [
  'pregnancy',
  'maternity',
  'nursing',
  'medical-period',
  'work-injury',
  'near-retirement',
] as const
export type ProtectedStatus = (typeof PROTECTED_STATUSES)[number]

/** Words for each situation (checked in this order; the first that matches wins). */
const WORDS: readonly (readonly [ProtectedStatus, RegExp])[] = [
  ['nursing', /哺乳期|喂奶期|哺乳/],
  ['maternity', /产假|休产假|坐月子|刚生完|生完(孩子|小孩|宝宝)|分娩|产期/],
  ['pregnancy', /怀孕|孕期|怀了|有了身孕|孕妇|怀上|三期/],
  ['medical-period', /医疗期|病假期间|住院期间|生病住院|养病期间/],
  ['work-injury', /工伤|因工(负|受)伤|伤残|职业病/],
  [
    'near-retirement',
    /(还有|还差|离|距离?|再过)\s*(不到)?\s*([一二两三四五1-5]|半)\s*年.{0,4}退休|快(要)?退休|临近退休|快到退休年龄/,
  ],
]

const DISMISSAL =
  /辞退|开除|解除|炒|裁员|被裁|裁掉|不要我|赶走|让我走|劝退|解雇|辞掉|终止(劳动)?合同/

/** The protected situation a question names, if any. */
export const findProtectedStatus = (text: string): ProtectedStatus | undefined =>
  WORDS.find(([, re]) => re.test(text))?.[0]

const SHIELD = WORDS.map(([, re]) => re.source).join('|')

/**
 * Matches a question naming a protected situation and a dismissal: 2N is then the likely
 * entitlement, not N (第四十二条、第四十八条、第八十七条).
 */
export const PROTECTED_DISMISSAL = new RegExp(
  `(${SHIELD}).{0,30}(${DISMISSAL.source})|(${DISMISSAL.source}).{0,30}(${SHIELD})`
)

/** Chinese name of each situation, as the answer says it. */
export const PROTECTED_LABEL: Readonly<Record<ProtectedStatus, string>> = {
  pregnancy: '在孕期',
  maternity: '在产期（产假）',
  nursing: '在哺乳期',
  'medical-period': '在患病或非因工负伤的医疗期内',
  'work-injury': '因工负伤或患职业病并被确认丧失或部分丧失劳动能力',
  'near-retirement': '在本单位连续工作满15年且距法定退休年龄不足5年',
}

/** The item of 劳动合同法第四十二条 that names each situation. */
export const PROTECTED_ITEM: Readonly<Record<ProtectedStatus, string>> = {
  'work-injury': '第二项',
  'medical-period': '第三项',
  pregnancy: '第四项',
  maternity: '第四项',
  nursing: '第四项',
  'near-retirement': '第五项',
}

/** Months of service the near-retirement protection needs (连续工作满十五年). */
export const NEAR_RETIREMENT_SERVICE_MONTHS = 180
