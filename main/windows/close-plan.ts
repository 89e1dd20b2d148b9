import type { UnsavedAnswer } from './desktop-port'

/** What closing a window does next. */
export type CloseStep = 'close' | 'ask' | 'save-then-close' | 'discard-then-close' | 'stay'

/**
 * The unsaved-work decision: a clean window closes; a dirty one asks Save / Don't Save / Cancel,
 * then saves, throws the changes away, or stays open. A save that did not happen (cancelled dialog,
 * conflict, full disk) keeps the window open, so work is never lost by a failed save.
 */
export function closeStep(state: { dirty: boolean; answer?: UnsavedAnswer; saved?: boolean }): CloseStep {
  if (!state.dirty) return 'close'
  if (state.answer === undefined) return 'ask'
  if (state.answer === 'cancel') return 'stay'
  if (state.answer === 'discard') return 'discard-then-close'
  if (state.saved === undefined) return 'save-then-close'
  return state.saved ? 'close' : 'stay'
}

/** Quitting closes windows one by one and stops at the first that stays open. */
export function quitOutcome(closed: boolean[]): 'quit' | 'abort' {
  return closed.every(Boolean) ? 'quit' : 'abort'
}
