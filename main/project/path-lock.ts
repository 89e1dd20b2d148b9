/**
 * Serializes async work per key (a file path): a save that starts while another save of the same
 * file is running waits for it, so two writers never interleave their temp files and renames.
 */
export class PathLock {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    // A failed predecessor must not block its successors, so wait on its settlement, not its value.
    const next = previous.then(work, work)
    const tail = next.catch(() => undefined)
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return next
  }

  get size(): number {
    return this.tails.size
  }
}
