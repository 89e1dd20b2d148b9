import type { z } from 'zod'
import { type Channel, type Failure, type ParsedRequest, type Response, contract } from '../../shared/ipc/contract'
import { type SenderEventLike, checkSender } from '../security/sender'

/** The piece of an Electron IPC event a handler may use: which window's page sent it. */
export interface InvokeEventLike extends SenderEventLike {
  sender: { id: number }
}

export type Handler<C extends Channel> = (request: ParsedRequest<C>, context: { senderId: number }) => Promise<Response<C>>

/** The subset of Electron's `ipcMain` used here, so tests can register against a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void
  removeHandler(channel: string): void
}

export interface Logger {
  warn(message: string): void
  error(message: string, error?: unknown): void
}

/**
 * The one way main answers the renderer: sender check, then the request parsed with the channel's
 * schema, then the handler; whatever goes wrong comes back as `{ ok: false, code, message }`.
 */
export function createHandle(ipcMain: IpcMainLike, devServerUrl: string | null, log: Logger) {
  return function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, handler, event, args, devServerUrl, log))
  }
}

export async function dispatch<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  event: InvokeEventLike,
  args: unknown[],
  devServerUrl: string | null,
  log: Logger,
): Promise<Response<C> | Failure> {
  const verdict = checkSender(channel, event, devServerUrl)
  if (!verdict.ok) {
    log.warn(`netdraft: refused IPC on ${channel}: ${verdict.reason}`)
    return { ok: false, code: 'forbidden', message: `refused: ${verdict.reason}` }
  }
  if (args.length > 1) return { ok: false, code: 'bad-request', message: `${channel} takes one request object, got ${args.length} arguments` }
  const schema = contract[channel].request as unknown as z.ZodType<ParsedRequest<C>>
  // A call without an argument is an empty request; an explicit null is not.
  const parsed = schema.safeParse(args[0] === undefined ? {} : args[0])
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`)
      .join('; ')
    return { ok: false, code: 'bad-request', message: `${channel}: ${detail}` }
  }
  try {
    return await handler(parsed.data, { senderId: event.sender.id })
  } catch (e) {
    // The stack stays in the main-process log; the renderer gets a sentence.
    log.error(`netdraft: ${channel} failed`, e)
    return { ok: false, code: 'internal', message: `${channel} failed: ${e instanceof Error ? e.message : String(e)}` }
  }
}
