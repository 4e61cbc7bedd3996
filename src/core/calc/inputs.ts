/**
 * Inputs several calculators share (the wage, service length, city, published figures), so that
 * one name always has one label, one question and one parser. An input only one calculator takes
 * is declared in that calculator's module.
 * @module
 */
import type { InputSpec } from './define-calculator'
import { GUANGDONG_CITIES } from './regions'

// Where most of the bot's users work (the Pearl River Delta); other cities are typed.
const QUICK_CITY_SLUGS = [
  'guangzhou',
  'shenzhen',
  'dongguan',
  'foshan',
  'huizhou',
  'zhongshan',
  'zhuhai',
  'jiangmen',
]
const QUICK_CITIES = QUICK_CITY_SLUGS.map(
  (slug) => GUANGDONG_CITIES.find((c) => c.slug === slug)!.nameZh
)

/** Answers offered for every yes/no input. */
export const YES_NO = ['是', '否'] as const

/** A yes/no input with its two quick picks. */
export const yesNoInput = (label: string): InputSpec => ({ label, kind: 'yesNo', choices: YES_NO })

/** The shared inputs, by param name. */
export const INPUT = {
  monthlyWage: {
    label: '月工资（元）',
    unit: '元',
    kind: 'money',
    ask: '请告诉我你的月工资',
    example: '“月薪8000”',
    note: '离职前12个月的平均工资，含奖金补贴',
  },
  serviceMonths: {
    label: '在本单位工作的月数',
    unit: '月',
    kind: 'service',
    ask: '请告诉我你在这家单位干了多久',
    example: '“干了三年半”或“2019年3月入职，今年6月离职”',
  },
  startDate: {
    label: '入职日期',
    kind: 'date',
    ask: '请告诉我入职日期',
    example: '“2021年3月3日入职”',
  },
  endDate: {
    label: '离职日期（最后工作日）',
    kind: 'date',
    ask: '请告诉我离职或被辞退的日期',
    example: '“今年6月30日被辞退”',
  },
  localAvgMonthlyWage: {
    label: '当地上年度职工月平均工资（元）',
    unit: '元',
    kind: 'money',
    ask: '需要当地上一年度职工月平均工资，可以问当地人社部门（12333）',
    override: true,
  },
  minimumWage: {
    label: '当地最低工资（元/月）',
    unit: '元/月',
    kind: 'cityOrMoney',
    ask: '请告诉我你在哪个城市工作',
    example: '“在广州”，或当地最低工资是多少',
    choices: QUICK_CITIES,
    override: true,
  },
  city: {
    label: '工作城市',
    kind: 'city',
    ask: '请告诉我你在哪个城市工作',
    example: '“在东莞”',
    choices: QUICK_CITIES,
  },
  deathYear: {
    label: '去世年份',
    unit: '年',
    kind: 'year',
    ask: '请告诉我去世的年份',
    example: '“2023年10月去世”',
    choices: (year: number) => [String(year), String(year - 1), String(year - 2)],
  },
  totalServiceYears: { label: '累计工作年限（所有单位）', unit: '年' },
  // The disability benefits, and 2N for a dismissed work-injury worker (第四十二条第二项).
  disabilityGrade: {
    label: '伤残等级（1–10级）',
    unit: '级',
    kind: 'grade',
    ask: '请告诉我伤残等级',
    example: '“七级伤残”',
    choices: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  },
} as const satisfies Record<string, InputSpec>
