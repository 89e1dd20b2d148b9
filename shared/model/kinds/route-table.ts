import { z } from 'zod'
import { defineKind, listRefs, type RefSite } from '../define-kind'
import { cidrAny, common, ref } from '../primitives'

/** Kinds a VPC route may send traffic to; `local` is written as the literal target `local`. */
export const routeTargetKinds = [
  'internetGateway',
  'egressOnlyInternetGateway',
  'natGateway',
  'peeringConnection',
  'transitGateway',
  'gatewayEndpoint',
  'interfaceEndpoint',
  'vpnGateway',
  'workload',
] as const

export const routeSchema = z
  .object({
    /** An IPv4 or IPv6 CIDR; exactly one of destination and destinationPrefixList. */
    destination: cidrAny.optional(),
    /** A prefix list resource (e.g. the AWS-managed S3 list of the Region). */
    destinationPrefixList: ref.optional(),
    /** `local`, or the id of a gateway, peering, transit gateway, endpoint or workload (its network interface). */
    target: z.union([z.literal('local'), ref]),
    description: z.string().max(255).optional(),
  })
  .strict()
  .refine((r) => (r.destination === undefined) !== (r.destinationPrefixList === undefined), {
    error: 'a route has exactly one of destination (a CIDR) and destinationPrefixList',
  })
export type Route = z.infer<typeof routeSchema>

/** A VPC route table. Subnets name the table they use; the main table serves the rest. */
export const routeTableSchema = z
  .object({
    kind: z.literal('routeTable'),
    ...common,
    vpc: ref,
    main: z.boolean().default(false),
    routes: z.array(routeSchema).default([]),
    /** Virtual private gateways whose learned routes this table receives. */
    propagatingVgws: z.array(ref).default([]),
    /** Gateway (edge) association: an internet gateway or virtual private gateway whose ingress uses this table. */
    edgeAssociations: z.array(ref).default([]),
  })
  .strict()
export type RouteTable = z.infer<typeof routeTableSchema>

export const routeTableKind = defineKind({
  kind: 'routeTable',
  title: 'Route table',
  schema: routeTableSchema,
  label: (t) => (t.main ? `${t.name} (main)` : t.name),
  refs: (t) => [
    { path: ['vpc'], id: t.vpc, kinds: ['vpc'] },
    ...t.routes.flatMap((r, i): RefSite[] => [
      ...(r.target === 'local' ? [] : [{ path: ['routes', i, 'target'], id: r.target, kinds: routeTargetKinds }]),
      ...(r.destinationPrefixList ? [{ path: ['routes', i, 'destinationPrefixList'], id: r.destinationPrefixList, kinds: ['prefixList'] }] : []),
    ]),
    ...listRefs(['propagatingVgws'], t.propagatingVgws, ['vpnGateway']),
    ...listRefs(['edgeAssociations'], t.edgeAssociations, ['internetGateway', 'vpnGateway']),
  ],
})
