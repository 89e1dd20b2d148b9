/**
 * Lifecycle states in which AWS no longer uses an object (or never did). Objects in these states
 * are skipped and listed in the report, as Batfish does.
 */
const gone = new Set(['deleted', 'deleting', 'rejected', 'rejecting', 'failed', 'failing', 'expired', 'disassociated', 'disassociating', 'detached', 'detaching', 'terminated', 'shutting-down', 'blackhole'])

/** The reason to skip an object in `state`, or undefined when it is live (available, pending, associated...). */
export function goneReason(state: string | undefined): string | undefined {
  return state !== undefined && gone.has(state.toLowerCase()) ? `state is ${state}` : undefined
}
