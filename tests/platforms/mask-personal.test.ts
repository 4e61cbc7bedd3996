import { describe, expect, it } from 'vitest'
import { maskPersonal } from '../../src/chat/mask'

describe('maskPersonal (question text kept in the report store)', () => {
  it.each([
    ['电话 138 1234 5678 找我', '电话 [手机号] 找我'],
    ['+86 13812345678', '[手机号]'],
    ['身份证110101199003071234', '身份证[身份证号]'],
    ['工资卡6222021234567890123被扣', '工资卡[银行卡]被扣'],
    ['卡号 6222 0212 3456 7890', '卡号 [银行卡]'],
    ['发到 wang.li@example.com 了', '发到 [邮箱] 了'],
    ['张经理不给我结工资', '某经理不给我结工资'],
    ['李明主管让我加班', '某主管让我加班'],
    ['王总说不发了', '某总说不发了'],
    ['小王和老李都被辞退了', '小某和老某都被辞退了'],
  ])('%s', (input, expected) => {
    expect(maskPersonal(input)).toBe(expected)
  })

  it.each([
    '经常老板骂人', // 常 is left out of the surnames: 经常 is a word
    '公司经理不给加班费',
    '工资拖欠三个月，欠款12000元',
    '2024年3月入职',
  ])('leaves ordinary words and amounts alone: %s', (input) => {
    expect(maskPersonal(input)).toBe(input)
  })
})
