/**
 * Every fixed Chinese sentence the bot says. Change wording here, nowhere else.
 * @module
 */

export const DISCLAIMER = '仅供参考，不构成法律意见；具体以当地部门和仲裁机构的认定为准。'

export const REFERRAL = [
  { name: '劳动监察投诉（欠薪、不签合同、不缴社保等）', contact: '12333' },
  {
    name: '劳动争议仲裁（免费，一般在知道权利受侵害之日起一年内申请）',
    contact: '当地劳动人事争议仲裁委员会',
  },
  { name: '工会职工服务热线', contact: '12351' },
  { name: '法律援助', contact: '12348' },
] as const

export const MESSAGES = {
  keyPoints: '要点',
  basis: '依据',
  steps: '怎么办',
  evidence: '要保留的证据',
  calculation: '估算',
  related: '相关问题',
  referral: '求助渠道',
  regionNote: (region: string) => `（本回答适用于：${region}）`,
  declined:
    '这个问题不在我能可靠回答的劳动权益范围内，或者我没找到有把握的答案。为免误导，我不作猜测。',
  declinedClosest: '你可能想问的是：',
  declinedReferral:
    '劳动问题可拨打 12333（人社服务）或 12351（工会热线）；其他法律问题可拨打 12348 法律援助热线。',
  caseIntro: '类似案例：',
  missingInputs: '要算出具体金额，还需要：',
  calcAmount: (amount: string) => `约 ${amount} 元`,
  calcBasis: '计算依据',
  calcFigures: '用到的官方数字',
  fallback: '抱歉，系统暂时出了点问题，请稍后再试；急事可拨打 12333 或 12351。',
  readMore: '查看全文',
  nextStep: '第一步',
  evidenceGeneral:
    '劳动合同、工资条或银行流水、考勤记录、工作证或工牌、与单位的聊天记录和通知，都尽量留好原件或截图。',
  estimate: '估算金额',
  given: '按你给的',
  deadline: '截止日期',
  daysLeft: (n: number) => (n >= 0 ? `还剩 ${n} 天` : `已过 ${-n} 天`),
  calcSteps: '计算过程',
  figures: '用到的数字（年份和来源）',
  notes: '另外',
  assumptions: '假设',
} as const

export const REGION_NAMES: Record<string, string> = {
  national: '全国',
  guangdong: '广东省',
  guangzhou: '广东省广州市',
  shenzhen: '广东省深圳市',
  dongguan: '广东省东莞市',
  foshan: '广东省佛山市',
  zhuhai: '广东省珠海市',
  zhongshan: '广东省中山市',
  huizhou: '广东省惠州市',
  jiangmen: '广东省江门市',
  shantou: '广东省汕头市',
  shaoguan: '广东省韶关市',
}

export function regionName(region: string): string {
  return REGION_NAMES[region] ?? region
}
