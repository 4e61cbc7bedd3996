import { describe, expect, it } from 'vitest'
import { validUpdates } from '../../../src/runtimes/telegram-polling'

const u = (id: unknown) => ({ update_id: id, message: {} })

describe('validUpdates: what of a getUpdates result is handled', () => {
  it.each<[string, unknown, unknown]>([
    ['an empty batch', [], []],
    ['good updates', [u(1), u(2)], [u(1), u(2)]],
    ['null and junk dropped, good kept', [null, 5, 'x', u(3), u('4'), u(-1), u(1.5)], [u(3)]],
    ['a batch with nothing usable', [null], null],
    ['result: true', true, null],
    ['result: an object', { update_id: 1 }, null],
    ['result: null', null, null],
  ])('%s', (_, result, expected) => {
    expect(validUpdates(result)).toEqual(expected)
  })
})
