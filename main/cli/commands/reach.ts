import { type Protocol, ReachabilityContext, ReachInputError, analyzeReachability, resolveEndpoint } from '../../../shared/reachability'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'
import { formatAnswer } from './reach-format'

const PROTOCOLS: Record<string, Protocol> = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', icmpv6: 'icmpv6', any: '-1', '-1': '-1' }

/** Reads --protocol and --port; shared with `matrix`. */
export function flowOptions(values: Record<string, unknown>): { protocol?: Protocol; port?: number } {
  const out: { protocol?: Protocol; port?: number } = {}
  if (typeof values.protocol === 'string') {
    const p = PROTOCOLS[values.protocol.toLowerCase()]
    if (!p) throw new UsageError(`--protocol must be one of tcp, udp, icmp, icmpv6, any (got "${values.protocol}")`)
    out.protocol = p
  }
  if (typeof values.port === 'string') {
    const n = Number(values.port)
    if (!/^\d+$/.test(values.port) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got "${values.port}")`)
    out.port = n
    out.protocol ??= 'tcp'
  }
  if (out.port !== undefined && out.protocol !== 'tcp' && out.protocol !== 'udp') throw new UsageError('--port needs --protocol tcp or udp')
  return out
}

export const reachCommand = defineCommand({
  name: ['reach'],
  summary: 'can A reach B? the path hop by hop, or why not and how to fix it',
  usage: `netdraft reach FILE --from X --to Y [--port N] [--protocol tcp|udp|icmp|any] [--ipv6] [--json]

X and Y: a resource id, a name, an AWS id (imported designs), an IP address, "internet", "s3",
"dynamodb" or an AWS service name (com.amazonaws.REGION.SERVICE). Subnets, VPCs, workloads, load
balancers, interface endpoints, endpoint services and on-premises networks can be ends.
--port alone means TCP. --ipv6 asks for the IPv6 flow when neither end is an address.
Prints the forward and return paths, the security groups and network ACLs on them, and on failure
the hop, the reason, the rule id and a fix. --json prints the answer object (docs/reachability.md).
Exit 0 when Y is reachable, 1 when it is not, 2 on bad input.`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    port: { type: 'string' },
    protocol: { type: 'string' },
    ipv6: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('reach takes exactly one FILE')
    if (typeof values.from !== 'string' || typeof values.to !== 'string') throw new UsageError('reach needs --from X and --to Y')
    const flow = flowOptions(values)
    const loaded = await readProjectFile(file, io)
    if ('exit' in loaded) return loaded.exit
    const ctx = new ReachabilityContext(loaded.project)
    try {
      const answer = analyzeReachability(ctx, {
        from: resolveEndpoint(ctx, values.from),
        to: resolveEndpoint(ctx, values.to),
        ...flow,
        ...(values.ipv6 === true && { family: 6 as const }),
      })
      io.out(values.json ? `${JSON.stringify(answer, null, 2)}\n` : formatAnswer(answer))
      return answer.reachable ? EXIT.ok : EXIT.findings
    } catch (e) {
      if (!(e instanceof ReachInputError)) throw e
      io.err(`netdraft reach: ${file}: ${e.message}\n`)
      return EXIT.usage
    }
  },
})
