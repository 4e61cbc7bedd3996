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
  /** Heading of the short second section (answer.also). */
  also: '你的问题可能还涉及',
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
  calcAlternatives: '要看单位解除合不合法，是下面其中一种：',
  calcParts: '符合条件时还可以要：',
  calcPartAmount: (amount: string | null) => (amount === null ? '待算' : `约 ${amount} 元`),
  calcFigures: '用到的官方数字',
  truncated: (max: number) => `（消息较长，以下只按前 ${max} 个字回答。）`,
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
  /** How a service length said as 「3年多」「3个多月」 was read (extractFacts' serviceApprox). */
  serviceApprox: (said: string, months: number, more: 'year' | 'month') =>
    more === 'year'
      ? `「${said}」按${Math.floor(months / 12)}年零几个月（零头不满半年）算，零头按半个月工资计；如果零头已满半年，请告诉我具体几年几个月`
      : `「${said}」按${months}个月算；请告诉我入职日期，算得更准`,
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

/** Chinese names of the parameter-table figures, for the figure lines an answer leads with. */
export const FIGURE_NAMES: Record<string, string> = {
  minimumWage: '月最低工资标准',
  nationalUrbanDisposableIncome: '城镇居民人均可支配收入',
  provinceUrbanDisposableIncome: '城镇居民人均可支配收入',
  provinceAvgMonthlyWage: '全口径城镇单位就业人员月平均工资',
  localAvgMonthlyWage: '城镇单位在岗职工月平均工资',
}

export const FIGURE_UNITS: Record<string, string> = {
  'CNY/month': '元/月',
  'CNY/person/year': '元/年',
}

/**
 * The sections of a story with several problems (answer.problems): each names the entitlement,
 * its basis and the next step. Rules from 《劳动合同法》 and 《社会保险法》 as cited per section
 * (problems.ts); plain words, no figure without its article.
 */
export const PROBLEM_MESSAGES = {
  heading: (n: number) => `你说的情况涉及${n}个问题，分别是：`,
  basis: '依据',
  nextStep: '下一步',
  estimate: (amount: string) => `按你说的约${amount}元`,
  'no-contract': {
    title: '没签书面合同',
    rule: '入职满一个月还没签的，第2到第12个月每月另付一倍工资（最多11个月）',
    missing: '告诉我月薪和入职时间就能算',
    /** Part-time (第六十九条: an oral agreement is lawful) or a student's side job: no double wage. */
    partTime:
      '但非全日制用工（平均每天不超过4小时、每周不超过24小时）可以口头约定，不适用二倍工资；在校学生兼职、实习一般不算劳动关系',
    step: '留好工资流水、考勤、工牌，一年内申请劳动仲裁',
  },
  'no-social-insurance': {
    title: '没缴社保',
    rule: '可以要求补缴；也可以书面通知立即解除合同，要经济补偿N（每满一年一个月工资）',
    missing: '告诉我月薪和工作年限就能算N',
    step: '打印社保缴费记录，打12333投诉要求补缴',
  },
  'wage-arrears': {
    title: '拖欠工资',
    rule: '欠薪要全额补发；可以因欠薪立即解除合同并要经济补偿N；劳动监察责令支付后仍不付的，另加付50%–100%',
    missing: '告诉我月薪和欠了几个月就能算',
    step: '向劳动监察（12333）投诉或申请劳动仲裁，留好工资条',
  },
  deposit: {
    title: '收押金',
    rule: '单位不能收押金、保证金，收了要退还，劳动部门还会按每人500–2000元罚款',
    amount: (amount: string) => `你交的${amount}元要退给你`,
    step: '向劳动监察（12333）投诉，要求限期退还',
  },
  'documents-held': {
    title: '扣押证件',
    rule: '单位不能扣押身份证等证件，必须退还，还会被处罚',
    step: '向劳动监察（12333）投诉；身份证被扣不还，也可以报警',
  },
  'resignation-blocked': {
    title: '不让辞职',
    rule: '辞职不用单位批准，提前30天书面通知（试用期提前3天）就能走',
    /** The ground the story gives for leaving at once (第三十八条): 欠薪, 没缴社保, or both. */
    now: (grounds: readonly string[]) =>
      `单位${grounds.join('又')}的，书面通知写明这个理由就能立即走，不用等30天`,
    grounds: { 'wage-arrears': '欠薪', 'no-social-insurance': '没缴社保' },
    step: '写好辞职（解除）通知，写明日期和理由，留好送达证据',
  },
} as const

/** Label of the one-line verdict an answer may lead with. */
export const VERDICT_LABEL = '结论'

export const FIGURE_MESSAGES = {
  current: (date: string) => `按今天（${date}）`,
  since: (from: string) => `${from}起执行`,
  yearFigure: (year: number) => `${year}年`,
  previous: (value: string, span: string) => `此前为${value}（${span}）`,
  next: (from: string, value: string) => `已公布${from}起调整为${value}`,
  /** Part of every `expired` line: kb:check looks for it. */
  expiredMark: '本库还没有核实新一期数字',
  expired: (due: string) =>
    `按时间，新一期数字在${due}前就应公布，本库还没有核实新一期数字，请以官方最新公布为准`,
  none: '本库还没有核实的数字，请向当地人社部门（12333）查询',
  likely: '请向当地人社部门（12333）核实',
} as const
