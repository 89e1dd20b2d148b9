/**
 * Main asks a page for its design (to autosave it, or to save it on close) and the page answers on
 * another channel; the broker pairs answers with questions and gives up after a timeout, so a hung
 * page cannot block quitting forever.
 */
export class SnapshotBroker {
  private nextId = 1
  private readonly pending = new Map<number, { windowId: number; resolve: (project: unknown) => void; timer: ReturnType<typeof setTimeout> }>()

  constructor(private readonly timeoutMs = 5000) {}

  request(windowId: number, send: (requestId: number) => void): Promise<unknown> {
    const requestId = this.nextId++
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(requestId, null), this.timeoutMs)
      this.pending.set(requestId, { windowId, resolve, timer })
      try {
        send(requestId)
      } catch {
        this.settle(requestId, null)
      }
    })
  }

  /** An answer counts only from the window that was asked; false when it matched no open question. */
  reply(senderWindowId: number, requestId: number, project: unknown): boolean {
    const entry = this.pending.get(requestId)
    if (!entry || entry.windowId !== senderWindowId) return false
    this.settle(requestId, project)
    return true
  }

  /** A window that goes away answers nothing. */
  cancelWindow(windowId: number): void {
    for (const [id, entry] of this.pending) if (entry.windowId === windowId) this.settle(id, null)
  }

  private settle(requestId: number, project: unknown): void {
    const entry = this.pending.get(requestId)
    if (!entry) return
    clearTimeout(entry.timer)
    this.pending.delete(requestId)
    entry.resolve(project)
  }
}
