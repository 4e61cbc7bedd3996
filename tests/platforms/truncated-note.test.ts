import { describe, expect, it } from 'vitest'
import { ask, MAX_QUESTION_CHARS } from '../../src/core/ask'
import { MESSAGES } from '../../src/core/answer/messages'
import { PLAIN_MARKUP, renderAnswer } from '../../src/platforms/shared/render-answer'
import { renderTelegram } from '../../src/platforms/telegram/render'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const note = MESSAGES.truncated(MAX_QUESTION_CHARS)
const story = '老板拖欠我两个月工资，'
const long = story.repeat(Math.ceil((MAX_QUESTION_CHARS + 1) / story.length))
const renders: Array<[string, (q: string) => string]> = [
  ['Telegram', (q) => renderTelegram(ask(q, { library }))],
  ['plain text', (q) => renderAnswer(ask(q, { library }), PLAIN_MARKUP, { max: 4096 })],
]

describe('a message over MAX_QUESTION_CHARS is answered with a note saying so', () => {
  it.each(renders)('%s: answered, with the note first', (_, render) => {
    expect(ask(long, { library }).declined).toBe(false)
    expect(render(long).indexOf(note)).toBeGreaterThanOrEqual(0)
    expect(render(long).indexOf(note)).toBeLessThan(10)
  })

  it.each(renders)('%s: a declined long message keeps the note too', (_, render) => {
    expect(render('x'.repeat(MAX_QUESTION_CHARS + 1))).toContain(note)
  })

  it.each(renders)('%s: no note for a normal question', (_, render) => {
    expect(render(story)).not.toContain(note)
  })
})
