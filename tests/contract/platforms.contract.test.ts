import { afterAll, beforeAll, vi } from 'vitest'
import { setLogSink } from '../../src/app/log'
import { HARNESSES } from './harnesses'
import { runContract } from './run-contract'

let restore: ReturnType<typeof setLogSink>
beforeAll(() => {
  restore = setLogSink(() => {})
})
afterAll(() => {
  setLogSink(restore)
  vi.unstubAllGlobals()
})

for (const harness of HARNESSES) runContract(harness)
