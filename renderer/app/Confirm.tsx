import { useEffect, useRef } from 'react'

export interface ConfirmRequest {
  readonly title: string
  readonly body: string
  readonly confirm: string
  readonly onConfirm: () => void
}

/**
 * An in-app modal question (native dialogs block the renderer and cannot be styled or tested).
 * Focus starts on the action, stays inside the dialog while it is open, and returns to where it was.
 */
export function Confirm({ request, onClose }: { request: ConfirmRequest; onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null)
  const ok = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ok.current?.focus()
    return () => previous?.focus()
  }, [])
  const keepFocusInside = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') return onClose()
    if (e.key !== 'Tab' || !dialog.current) return
    const buttons = [...dialog.current.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
    const first = buttons[0]
    const last = buttons[buttons.length - 1]
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first.focus()
    }
  }
  return (
    <div className="modal-backdrop" onKeyDown={keepFocusInside}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body" ref={dialog}>
        <h2 id="confirm-title">{request.title}</h2>
        <p id="confirm-body">{request.body}</p>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="danger" ref={ok} onClick={() => { request.onConfirm(); onClose() }}>{request.confirm}</button>
        </div>
      </div>
    </div>
  )
}
