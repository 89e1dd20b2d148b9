import { describe, expect, it } from 'vitest'
import { belongsToField, commandForKey } from './keyboard'

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  commandForKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('commandForKey', () => {
  it('maps undo, redo (both conventions), save and save as', () => {
    expect(key('z', { ctrlKey: true })).toBe('edit.undo')
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('edit.redo')
    expect(key('y', { ctrlKey: true })).toBe('edit.redo')
    expect(key('z', { metaKey: true, shiftKey: true })).toBe('edit.redo')
    expect(key('s', { metaKey: true })).toBe('file.save')
    expect(key('S', { ctrlKey: true, shiftKey: true })).toBe('file.saveAs')
  })
  it('tells Find (Ctrl+F) from Fit (Shift+Ctrl+F)', () => {
    expect(key('f', { ctrlKey: true })).toBe('edit.find')
    expect(key('F', { ctrlKey: true, shiftKey: true })).toBe('view.fit')
  })
  it('zooms with Ctrl +, -, 0 and deletes with Delete/Backspace only without modifiers', () => {
    expect(key('=', { ctrlKey: true })).toBe('view.zoomIn')
    expect(key('+', { ctrlKey: true, shiftKey: true })).toBe('view.zoomIn')
    expect(key('-', { ctrlKey: true })).toBe('view.zoomOut')
    expect(key('0', { ctrlKey: true })).toBe('view.actualSize')
    expect(key('Delete')).toBe('edit.delete')
    expect(key('Backspace', { altKey: true })).toBeNull()
    expect(key('x')).toBeNull()
  })
  it('leaves clipboard-free editing keys to text fields', () => {
    expect(belongsToField('edit.undo')).toBe(true)
    expect(belongsToField('edit.delete')).toBe(true)
    expect(belongsToField('file.save')).toBe(false)
  })
})
