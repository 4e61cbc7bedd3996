/**
 * One line per input name telling the worker how to give it; shown when a calculation lacks it.
 * (User-facing Chinese kept next to the extractor so names and hints cannot drift apart.)
 */
export const MISSING_PARAM_HINTS: Readonly<Record<string, string>> = {
  monthlyWage: '请告诉我你的月工资，例如“月薪8000”（离职前12个月的平均工资，含奖金补贴）',
  serviceMonths: '请告诉我你在这家单位干了多久，例如“干了三年半”或“2019年3月入职，今年6月离职”',
  startDate: '请告诉我入职日期，例如“2021年3月3日入职”',
  endDate: '请告诉我离职或被辞退的日期，例如“今年6月30日被辞退”',
  monthsWithoutContract:
    '请告诉我入职多久、一直没签合同，例如“入职8个月没签合同”或“2024年3月入职至今没签”',
  disabilityGrade: '请告诉我伤残等级，例如“七级伤残”',
  deathYear: '请告诉我去世的年份，例如“2023年10月去世”',
  contributionYears: '请告诉我交养老保险（社保）的年数，例如“社保交了12年”，或告诉我入职年份',
  pensionYearsReceived: '请告诉我已经领了几年养老金，例如“退休后领了5年养老金”',
  provinceMonthlyDisposableIncome:
    '需要当地上一年度城镇居民人均可支配收入，可以问当地社保部门（12333）',
  nationalUrbanDisposableIncome: '需要上一年度全国城镇居民人均可支配收入（国家统计局公布）',
  localAvgMonthlyWage: '需要当地上一年度职工月平均工资，可以问当地人社部门（12333）',
  unusedDays: '请告诉我还有几天年假没休，例如“年假还有5天没休”',
  weekdayHours: '请告诉我加班时长，例如“每天加班2小时”“周末加班4天”或“国庆加班3天”',
  minimumWage: '请告诉我你在哪个城市工作，例如“在广州”，或当地最低工资是多少',
  city: '请告诉我你在哪个城市工作，例如“在东莞”',
  knewDate: '请告诉我事情发生的日期，例如“2024年3月15日被辞退”',
  accidentDate: '请告诉我受伤（或确诊职业病）的日期，例如“2025年8月3日受伤”',
}
