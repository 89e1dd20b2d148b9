import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuAction, MenuItemSpec } from './template'

/** Turns the data template into Electron's menu; clicks go to `onAction`. */
export function toElectronMenu(items: MenuItemSpec[], onAction: (action: MenuAction) => void): Menu {
  const convert = (item: MenuItemSpec): MenuItemConstructorOptions => {
    const { action, submenu, ...rest } = item
    return {
      ...rest,
      ...(submenu ? { submenu: submenu.map(convert) } : {}),
      ...(action ? { click: () => onAction(action) } : {}),
    }
  }
  return Menu.buildFromTemplate(items.map(convert))
}
