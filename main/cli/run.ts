import { type CliIo, type Command, EXIT, UsageError, parseCommandArgs } from './command'
import { commands } from './commands'

const help = () => `netdraft: design, check and export AWS networks from the command line

Usage: netdraft COMMAND [ARGS]

Commands:
${commands.map((c) => `  ${c.name.join(' ').padEnd(20)} ${c.summary}`).join('\n')}

Run \`netdraft COMMAND --help\` for a command's options.
Exit codes: 0 clean, 1 findings (or not reachable), 2 unreadable input or bad usage.
`

/** Finds the command named by the longest matching prefix of argv and runs it. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(help())
    return argv.length === 0 ? EXIT.usage : EXIT.ok
  }
  const command = [...commands]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => c.name.every((word, i) => argv[i] === word))
  if (!command) {
    io.err(`netdraft: unknown command "${argv.join(' ')}"\n\n${help()}`)
    return EXIT.usage
  }
  return runCommand(command, argv.slice(command.name.length), io)
}

async function runCommand(command: Command, rest: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCommandArgs(command, rest)
    if (args.values.help) {
      io.out(`${command.usage}\n`)
      return EXIT.ok
    }
    return await command.run(args as Parameters<Command['run']>[0], io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`netdraft ${command.name.join(' ')}: ${e.message}\n\nUsage: ${command.usage}\n`)
      return EXIT.usage
    }
    io.err(`netdraft ${command.name.join(' ')}: internal error: ${(e as Error).stack ?? e}\n`)
    return EXIT.usage
  }
}
