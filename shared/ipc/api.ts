import type { ProjectInput } from '../model'
import type { ApiMethod, MenuCommand } from './channels'
import { invokeChannels } from './channels'
import type { Request, Response } from './contract'

/** Returns the design as the window holds it now, or null while there is none. */
export type SnapshotProvider = () => ProjectInput | null

type MethodRequest<M extends ApiMethod> = Request<(typeof invokeChannels)[M]>
type MethodResponse<M extends ApiMethod> = Response<(typeof invokeChannels)[M]>

/** Requests whose fields are all optional (most have none) may be called without an argument. */
type Call<M extends ApiMethod> = Record<string, never> extends MethodRequest<M>
  ? (request?: MethodRequest<M>) => Promise<MethodResponse<M>>
  : (request: MethodRequest<M>) => Promise<MethodResponse<M>>

/**
 * `window.netdraft`: one function per contract channel (derived, so a contract change is a type
 * error in every caller), plus the two main → renderer subscriptions. Each subscription returns
 * its unsubscribe function.
 */
export type NetdraftApi = { [M in Exclude<ApiMethod, 'replySnapshot'>]: Call<M> } & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Registers what main gets when it asks for the current design: to autosave it (on a timer and
   * when the window loses focus) and to save it when the user closes with unsaved changes.
   */
  provideSnapshot(provider: SnapshotProvider): () => void
}

declare global {
  interface Window {
    netdraft: NetdraftApi
  }
}
