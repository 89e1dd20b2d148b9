import { useEffect, useRef } from 'react'

export interface ConfirmRequest {
  readonly title: string
  readonly body: string
  readonly confirm: string
  readonly onConfirm: () => void
}

/** An in-app modal question (native dialogs block the renderer and cannot be styled or tested). */
export function Confirm({ request, onClose }: { request: ConfirmRequest; onClose: () => void }) {
  const ok = useRef<HTMLButtonElement>(null)
  useEffect(() => ok.current?.focus(), [])
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{request.title}</h2>
        <p>{request.body}</p>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="danger" ref={ok} onClick={() => { request.onConfirm(); onClose() }}>{request.confirm}</button>
        </div>
      </div>
    </div>
  )
}
