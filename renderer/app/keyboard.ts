import type { MenuCommand } from '../../shared/ipc/channels'

/**
 * Editor shortcuts, for when no native menu handles them (the browser-hosted tests, and keys the
 * menu does not own). Returns the command a key event stands for, or null.
 */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.toLowerCase()
  if (mod && key === 'z') return e.shiftKey ? 'edit.redo' : 'edit.undo'
  if (mod && key === 'y') return 'edit.redo'
  if (mod && key === 's') return e.shiftKey ? 'file.saveAs' : 'file.save'
  if (mod && key === 'a') return 'edit.selectAll'
  // Shift+Ctrl/Cmd+F is Fit; test it before plain Ctrl/Cmd+F (Find) or it is never reached.
  if (mod && e.shiftKey && key === 'f') return 'view.fit'
  if (mod && key === 'f') return 'edit.find'
  if (mod && (key === '=' || key === '+')) return 'view.zoomIn'
  if (mod && key === '-') return 'view.zoomOut'
  if (mod && key === '0') return 'view.actualSize'
  if (!mod && !e.altKey && (key === 'delete' || key === 'backspace')) return 'edit.delete'
  return null
}

/** Keys typed into a text field belong to the field, except the document-wide ones. */
export function belongsToField(command: MenuCommand): boolean {
  return command === 'edit.undo' || command === 'edit.redo' || command === 'edit.delete' || command === 'edit.selectAll'
}
