import type { Command } from '../command'
import { newCommand } from './new'
import { validateCommand } from './validate'

/** Every CLI command; adding one: its file in this folder and one line here. */
export const commands: readonly Command[] = [newCommand, validateCommand]
