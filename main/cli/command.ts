import { type ParseArgsConfig, parseArgs } from 'node:util'

/** Where a command writes; tests pass buffers, the binary passes process streams. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  cwd: string
}

/** Exit codes every command uses: 0 clean, 1 findings (or "not reachable"), 2 unreadable input or bad usage. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const

export interface Command {
  /** Words after `netdraft`, e.g. `['export', 'terraform']`. */
  readonly name: readonly string[]
  readonly summary: string
  /** Full usage text printed by `--help`. */
  readonly usage: string
  readonly options: NonNullable<ParseArgsConfig['options']>
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }, io: CliIo): Promise<number>
}

export function defineCommand(command: Command): Command {
  return command
}

/** A usage error: printed with the command's usage, exit 2. */
export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}
