/**
 * The taxonomy: stable topic ids every question area maps to (tests and articles use them).
 * Groups drive the topic browser and the Telegram /topics keyboard.
 * @module
 */

export interface Topic {
  id: string
  /** Short Chinese name shown to users. */
  name: string
  group: TopicGroup
}

export type TopicGroup = 'contract' | 'wage' | 'leave' | 'termination' | 'insurance' | 'injury' | 'process' | 'special'

export const TOPIC_GROUP_NAMES: Record<TopicGroup, string> = {
  contract: '劳动合同',
  wage: '工资工时',
  leave: '休假',
  termination: '离职与补偿',
  insurance: '社保公积金',
  injury: '工伤与抚恤',
  process: '维权途径',
  special: '特殊人群',
}

export const TOPICS: readonly Topic[] = [
  { id: 'contract-written', name: '未签书面劳动合同', group: 'contract' },
  { id: 'contract-probation', name: '试用期', group: 'contract' },
  { id: 'contract-open-ended', name: '无固定期限劳动合同/续签', group: 'contract' },
  { id: 'labor-relation-proof', name: '劳动关系认定/证据', group: 'contract' },
  { id: 'non-compete', name: '竞业限制', group: 'contract' },
  { id: 'training-bond', name: '培训服务期/违约金', group: 'contract' },
  { id: 'wage-arrears', name: '拖欠工资/欠薪', group: 'wage' },
  { id: 'wage-minimum', name: '最低工资', group: 'wage' },
  { id: 'wage-deduction', name: '扣工资/罚款/押金', group: 'wage' },
  { id: 'overtime-pay', name: '加班费', group: 'wage' },
  { id: 'working-hours', name: '工时/休息', group: 'wage' },
  { id: 'high-temperature', name: '高温津贴/防暑', group: 'wage' },
  { id: 'leave-annual', name: '带薪年休假', group: 'leave' },
  { id: 'leave-sick', name: '病假/医疗期/病假工资', group: 'leave' },
  { id: 'leave-marriage', name: '婚假', group: 'leave' },
  { id: 'leave-maternity', name: '产假/生育津贴', group: 'leave' },
  { id: 'leave-paternity-parental', name: '陪产假/育儿假/护理假', group: 'leave' },
  { id: 'leave-bereavement', name: '丧假', group: 'leave' },
  { id: 'termination-severance', name: '经济补偿金', group: 'termination' },
  { id: 'termination-illegal', name: '违法解除/赔偿金', group: 'termination' },
  { id: 'termination-notice', name: '代通知金/无过失性辞退', group: 'termination' },
  { id: 'resignation', name: '辞职/被迫解除', group: 'termination' },
  { id: 'final-pay-handover', name: '离职结算/离职证明', group: 'termination' },
  { id: 'business-closure', name: '企业倒闭/搬迁/裁员', group: 'termination' },
  { id: 'social-insurance', name: '社会保险缴纳', group: 'insurance' },
  { id: 'unemployment-insurance', name: '失业保险金', group: 'insurance' },
  { id: 'housing-fund', name: '住房公积金', group: 'insurance' },
  { id: 'retirement', name: '退休年龄/退休后用工', group: 'insurance' },
  { id: 'work-injury-recognition', name: '工伤认定', group: 'injury' },
  { id: 'work-injury-benefits', name: '工伤待遇/伤残等级', group: 'injury' },
  { id: 'work-injury-death', name: '因工死亡待遇', group: 'injury' },
  { id: 'non-work-death', name: '非因工死亡抚恤', group: 'injury' },
  { id: 'labor-dispute-process', name: '劳动争议处理/仲裁', group: 'process' },
  { id: 'labor-inspection', name: '劳动监察投诉/12333', group: 'process' },
  { id: 'union-services', name: '工会服务/12351/法律援助', group: 'process' },
  { id: 'female-protection', name: '女职工三期保护', group: 'special' },
  { id: 'dispatch-outsourcing', name: '劳务派遣/外包', group: 'special' },
  { id: 'gig-workers', name: '新就业形态/平台劳动者', group: 'special' },
]

export const TOPIC_IDS: readonly string[] = TOPICS.map((t) => t.id)

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]))

/** The topic with this id, or undefined. */
export function getTopic(id: string): Topic | undefined {
  return BY_ID.get(id)
}
