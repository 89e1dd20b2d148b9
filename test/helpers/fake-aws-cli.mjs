#!/usr/bin/env node
// A stand-in for the AWS CLI that answers from one account folder of a Batfish snapshot (FAKE_AWS_SRC,
// account FAKE_AWS_ACCOUNT), so that the export script of docs/import.md can be run in tests.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const args = process.argv.slice(2)
const src = process.env.FAKE_AWS_SRC
const arg = (name) => args[args.indexOf(name) + 1]
const load = (name) => {
  const file = path.join(src, `${name}.json`)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { [name]: [] }
}
const print = (value) => process.stdout.write(`${JSON.stringify(value, null, 4)}\n`)

if (args[0] === 'sts') {
  process.stdout.write(`${process.env.FAKE_AWS_ACCOUNT}\n`)
  process.exit(0)
}
const command = args[1]
const text = args.includes('--output') && arg('--output') === 'text'
const lists = {
  'describe-vpcs': 'Vpcs', 'describe-subnets': 'Subnets', 'describe-route-tables': 'RouteTables', 'describe-network-acls': 'NetworkAcls',
  'describe-security-groups': 'SecurityGroups', 'describe-internet-gateways': 'InternetGateways', 'describe-nat-gateways': 'NatGateways',
  'describe-vpc-peering-connections': 'VpcPeeringConnections', 'describe-vpc-endpoints': 'VpcEndpoints', 'describe-prefix-lists': 'PrefixLists',
  'describe-network-interfaces': 'NetworkInterfaces', 'describe-instances': 'Reservations', 'describe-vpn-gateways': 'VpnGateways',
  'describe-customer-gateways': 'CustomerGateways', 'describe-vpn-connections': 'VpnConnections', 'describe-transit-gateways': 'TransitGateways',
  'describe-transit-gateway-attachments': 'TransitGatewayAttachments', 'describe-transit-gateway-vpc-attachments': 'TransitGatewayVpcAttachments',
  'describe-transit-gateway-route-tables': 'TransitGatewayRouteTables',
  'describe-egress-only-internet-gateways': 'EgressOnlyInternetGateways', 'describe-transit-gateway-peering-attachments': 'TransitGatewayPeeringAttachments',
}
if (command === 'describe-managed-prefix-lists') {
  if (text) process.stdout.write('\n')
  else print({ PrefixLists: [] })
} else if (lists[command]) {
  const value = load(lists[command])
  if (!text) print(value)
  else if (command === 'describe-vpcs') process.stdout.write(`${value.Vpcs.map((v) => v.VpcId).join('\t')}\n`)
  else if (command === 'describe-transit-gateway-route-tables') process.stdout.write(`${value.TransitGatewayRouteTables.map((t) => t.TransitGatewayRouteTableId).join('\t')}\n`)
  else process.stdout.write('\n')
} else if (command === 'describe-vpc-attribute') {
  const attribute = arg('--attribute')
  print({ VpcId: arg('--vpc-id'), [attribute[0].toUpperCase() + attribute.slice(1)]: { Value: attribute === 'enableDnsSupport' } })
} else if (command === 'get-transit-gateway-route-table-propagations') {
  const table = load('TransitGatewayPropagations').TransitGatewayPropagations.find((t) => t.TransitGatewayRouteTableId === arg('--transit-gateway-route-table-id'))
  print({ TransitGatewayRouteTablePropagations: table?.TransitGatewayRouteTablePropagations ?? [] })
} else if (command === 'search-transit-gateway-routes') {
  const table = load('TransitGatewayStaticRoutes').TransitGatewayStaticRoutes.find((t) => t.TransitGatewayRouteTableId === arg('--transit-gateway-route-table-id'))
  print({ Routes: table?.Routes ?? [], AdditionalRoutesAvailable: false })
} else {
  process.stderr.write(`fake aws: no answer for ${args.join(' ')}\n`)
  process.exit(1)
}
