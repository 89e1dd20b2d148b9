import { describe, expect, it } from 'vitest'
import { closeStep, quitOutcome } from './close-plan'

describe('closeStep', () => {
  it.each([
    [{ dirty: false }, 'close'],
    [{ dirty: false, answer: 'cancel' as const }, 'close'],
    [{ dirty: true }, 'ask'],
    [{ dirty: true, answer: 'cancel' as const }, 'stay'],
    [{ dirty: true, answer: 'discard' as const }, 'discard-then-close'],
    [{ dirty: true, answer: 'save' as const }, 'save-then-close'],
    [{ dirty: true, answer: 'save' as const, saved: true }, 'close'],
    [{ dirty: true, answer: 'save' as const, saved: false }, 'stay'],
  ])('%j → %s', (state, step) => {
    expect(closeStep(state)).toBe(step)
  })

  it('quits only when every window closed', () => {
    expect(quitOutcome([])).toBe('quit')
    expect(quitOutcome([true, true])).toBe('quit')
    expect(quitOutcome([true, false])).toBe('abort')
  })
})
