/**
 * Chinese labels of calculator inputs and extracted facts (the names are the calculators' param
 * names), shared by every channel that asks for or shows them.
 * @module
 */

/** Chinese labels of calculator inputs and extracted facts (the names are the calculators'). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  monthlyWage: '月工资（元）',
  serviceMonths: '在本单位工作的月数',
  startDate: '入职日期',
  endDate: '离职日期（最后工作日）',
  localAvgMonthlyWage: '当地上年度职工月平均工资（元）',
  minimumWage: '当地最低工资（元/月）',
  city: '工作城市',
  lastMonthWage: '上个月工资（元）',
  weekdayHours: '工作日延长工时（小时）',
  restDayHours: '休息日加班（小时）',
  holidayHours: '法定节假日加班（小时）',
  restDays: '休息日加班（天）',
  holidayDays: '法定节假日加班（天）',
  dailyOvertimeHours: '每天加班（小时）',
  dailyWorkHours: '每天工作（小时）',
  workDays: '工作日天数',
  months: '月数',
  unusedDays: '未休年休假天数',
  totalServiceYears: '累计工作年限（所有单位）',
  serviceYears: '在本单位工作年限',
  disabilityGrade: '伤残等级（1–10级）',
  deathYear: '去世年份',
  nationalUrbanDisposableIncome: '全国上年度城镇居民人均可支配收入（元/年）',
  provinceAvgMonthlyWage: '全省上年度职工月平均工资（元）',
  provinceUrbanDisposableIncome: '全省上年度城镇居民人均可支配收入',
  provinceMonthlyDisposableIncome: '全省上年度城镇居民人均可支配收入（元/月）',
  contributionYears: '养老保险缴费年限',
  retired: '已退休',
  pensionYearsReceived: '已领养老金年数',
  agreedSickPay: '合同或制度约定的病假工资（元/月）',
  contractWage: '合同约定工资（元）',
  offeredPerYear: '每年补偿（元）',
  probation: '在试用期',
  date: '工资所属日期',
  knewDate: '知道权利被侵害的日期',
  wageArrears: '是拖欠工资的争议',
  stillEmployed: '仍在这家单位工作',
  accidentDate: '受伤（或确诊职业病）日期',
  monthsWithoutContract: '没签书面合同的月数（从入职算起）',
  eventDate: '事情发生的日期',
}

/** The label of an input or fact, or its name when none is known. */
export function fieldLabel(name: string): string {
  return FIELD_LABELS[name] ?? name
}
