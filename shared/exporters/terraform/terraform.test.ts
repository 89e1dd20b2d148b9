import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyProject, loadProject } from '../../model'
import type { Project } from '../../model/project'
import { checkTerraform } from '../../../test/helpers/terraform/check-terraform'
import { unformattedFiles } from '../../../test/helpers/terraform/fmt'
import { providerVersion } from '../../../test/helpers/terraform/provider-schema'
import { validateWithProvider5 } from '../../../test/helpers/terraform/validate-v5'
import { ExportBlockedError, emitTerraform, exportTerraform } from '.'
import { validate } from '../../validation/engine'
import { kitchenSink } from './test-helpers/kitchen-sink'

const root = path.resolve(__dirname, '../../..')
const goldenDir = path.join(root, 'test/fixtures/terraform-golden')
const UPDATE = process.env.UPDATE_TERRAFORM_GOLDEN === '1'
const examples = ['hub-and-spoke', 'peering', 'privatelink']

function example(name: string): Project {
  const result = loadProject(readFileSync(path.join(root, 'examples', `${name}.netdraft.json`), 'utf8'))
  if (!result.ok) throw new Error(`${name}: ${result.problems[0]!.message}`)
  return result.project
}

describe('Terraform export', () => {
  it('reads the provider schema from AWS provider 6.x type declarations', () => {
    expect(providerVersion()).toMatch(/^6\./)
  })

  for (const name of examples) {
    describe(`example ${name}`, () => {
      const files = emitTerraform(example(name))

      it('parses and passes the provider schema and reference checks with zero problems', async () => {
        const result = await checkTerraform(files)
        expect(result.problems).toEqual([])
        expect(result.resourceTypes.size).toBeGreaterThan(3)
      })

      it('is formatted exactly as terraform fmt writes it', () => {
        const bad = unformattedFiles(files)
        if (bad !== null) expect(bad).toEqual([])
      })

      it('is deterministic', () => {
        expect(emitTerraform(example(name))).toEqual(files)
      })

      it('matches the golden files (UPDATE_TERRAFORM_GOLDEN=1 rewrites them)', () => {
        const dir = path.join(goldenDir, name)
        if (UPDATE) {
          rmSync(dir, { recursive: true, force: true })
          mkdirSync(dir, { recursive: true })
          for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text)
        }
        expect(existsSync(dir), `no golden files for ${name}: run with UPDATE_TERRAFORM_GOLDEN=1`).toBe(true)
        expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort())
        for (const [file, text] of Object.entries(files)) expect(text, `${name}/${file}`).toBe(readFileSync(path.join(dir, file), 'utf8'))
      })
    })
  }

  describe('a design using every kind', () => {
    const files = emitTerraform(kitchenSink())

    it('passes the provider schema and reference checks with zero problems', async () => {
      const result = await checkTerraform(files)
      expect(result.problems).toEqual([])
    })

    it('maps every model kind to its real resources', async () => {
      const { resourceTypes, dataTypes } = await checkTerraform(files)
      const expected = [
        'aws_vpc', 'aws_vpc_ipv4_cidr_block_association', 'aws_subnet', 'aws_route_table', 'aws_route', 'aws_route_table_association',
        'aws_main_route_table_association', 'aws_internet_gateway', 'aws_egress_only_internet_gateway', 'aws_eip', 'aws_nat_gateway',
        'aws_vpn_gateway', 'aws_customer_gateway', 'aws_vpn_connection', 'aws_vpn_connection_route', 'aws_vpc_peering_connection',
        'aws_vpc_peering_connection_accepter', 'aws_vpc_peering_connection_options', 'aws_ec2_transit_gateway',
        'aws_ec2_transit_gateway_vpc_attachment', 'aws_ec2_transit_gateway_vpc_attachment_accepter', 'aws_ec2_transit_gateway_route_table',
        'aws_ec2_transit_gateway_route_table_association', 'aws_ec2_transit_gateway_route_table_propagation', 'aws_ec2_transit_gateway_route',
        'aws_ec2_transit_gateway_peering_attachment', 'aws_ec2_transit_gateway_peering_attachment_accepter',
        'aws_ec2_transit_gateway_default_route_table_association', 'aws_ec2_transit_gateway_default_route_table_propagation',
        'aws_vpc_endpoint', 'aws_vpc_endpoint_service', 'aws_vpc_endpoint_service_allowed_principal', 'aws_vpc_endpoint_connection_accepter',
        'aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_network_acl',
        'aws_network_acl_rule', 'aws_network_acl_association', 'aws_default_network_acl', 'aws_dx_gateway', 'aws_dx_gateway_association',
        'aws_dx_gateway_association_proposal', 'aws_ec2_managed_prefix_list', 'aws_ram_resource_share', 'aws_ram_resource_association',
        'aws_ram_principal_association',
      ]
      expect(files['imports.tf']).toBeDefined()
      expect(expected.filter((t) => !resourceTypes.has(t))).toEqual([])
      expect([...dataTypes.keys()].sort()).toEqual(['aws_ec2_managed_prefix_list', 'aws_ec2_transit_gateway_dx_gateway_attachment'])
    })

    it('associates its gateway route table with the IGW, and that table is one AWS accepts', () => {
      const edge = /resource "aws_route_table_association" "rt-ingress_edge" \{[\s\S]*?\n\}/.exec(Object.values(files).join('\n'))
      expect(edge?.[0]).toContain('gateway_id     = each.value')
      const gatewayTables = validate(kitchenSink()).diagnostics.filter((d) => d.ruleId === 'rt-gateway-edge' || (d.ruleId === 'rt-association' && d.field?.startsWith('edgeAssociations')))
      expect(gatewayTables.map((d) => d.message)).toEqual([])
    })

    it('is formatted exactly as terraform fmt writes it', () => {
      const bad = unformattedFiles(files)
      if (bad !== null) expect(bad).toEqual([])
    })

    it('turns unknowns into described variables, never made-up values', () => {
      const variables = files['variables.tf']!
      expect(variables).toContain('variable "customer_gateway_ip_cgw_unknown"')
      expect(variables).toContain('variable "load_balancer_arn_nlb"')
      expect(variables).toContain('variable "load_balancer_arn_gwlb"')
      expect(variables).toContain('variable "network_interface_id_fw"')
      expect(variables).toContain('variable "net_role_arn"')
      expect(files['vpn.tf']).toContain('ip_address = "203.0.113.10"')
      expect(files['vpn.tf']).toContain('ip_address = var.customer_gateway_ip_cgw_unknown')
      expect(files['README.md']).toContain('| `customer_gateway_ip_cgw_unknown` | Public IPv4 address of customer gateway "unknown" (cgw-unknown)')
    })

    it('adopts resources that carry an AWS id with import blocks, naming the Region', () => {
      expect(files['imports.tf']).toContain('import {\n  provider = aws.app\n  to       = aws_vpc.vpc-app\n  id       = "vpc-0a1b2c3d4e5f60718@eu-west-1"\n}')
      expect(files['imports.tf']).toContain('to       = aws_security_group.sg-app\n')
      // Direct Connect gateways are global: no Region suffix.
      expect(files['imports.tf']).toContain('id       = "5f1e2d3c-0000-4000-8000-0123456789ab"\n')
      expect(files['README.md']).toContain('3 resources carry their AWS ids')
    })

    it('wires VPN and Direct Connect attachments around the default tables AWS associates and propagates them to', () => {
      const tgw = files['transit-gateway.tf']!
      const association = /resource "aws_ec2_transit_gateway_route_table_association" "tgw-rt" \{[\s\S]*?\n\}/.exec(tgw)![0]
      expect(association).toContain('replace_existing_association   = true')
      const propagation = /resource "aws_ec2_transit_gateway_route_table_propagation" "tgw-rt" \{[\s\S]*?\n\}/.exec(tgw)![0]
      expect(propagation).not.toContain('vpn-tgw-att')
      expect(files['README.md']).toContain('so AWS propagates vpn-tgw-att to it by itself')
      const vpn = /resource "aws_vpn_connection" "vpn-tgw" \{[\s\S]*?\n\}/.exec(files['vpn.tf']!)![0]
      expect(vpn).toContain('aws_ec2_transit_gateway_default_route_table_association.tgw,')
      // The peer gateway has no default association: its explicit association replaces nothing.
      expect(/resource "aws_ec2_transit_gateway_route_table_association" "tgw-us-rt" \{[\s\S]*?\n\}/.exec(tgw)![0]).not.toContain('replace_existing_association')
    })

    it('never names a security group sg-… (AWS refuses it)', () => {
      expect(files['security.tf']).toContain('name   = "web"')
      expect(files['security.tf']).not.toMatch(/name += "sg-/)
    })

    it('derives subnet IPv6 blocks from the block Amazon assigns', () => {
      expect(files['vpc.main.tf'] ?? files[Object.keys(files).find((f) => f.startsWith('vpc_main'))!]).toContain(
        'ipv6_cidr_block         = cidrsubnet(aws_vpc.vpc_main_',
      )
    })

    it('names in the README what it leaves out and what waits for someone', () => {
      const readme = files['README.md']!
      expect(readme).toContain('Workloads (instances, network interfaces): fw.')
      expect(readme).toContain('IPv6 blocks after the first (2600:1f18:0:200::/56)')
      expect(readme).toContain('VPC peering connection "pending" (pcx-pending) is pending acceptance')
      expect(readme).toContain('Interface endpoint "api" (to-api) is pending acceptance')
      expect(readme).toContain('Direct Connect connections and virtual interfaces')
    })
  })

  it('opts every attachment out of default tables its gateway does not have', async () => {
    const project = example('hub-and-spoke')
    const unwired: Project = {
      ...project,
      resources: project.resources.map((r) =>
        r.kind === 'tgwRouteTable'
          ? { ...r, associations: r.associations.filter((a) => a !== 'vpc-dev-a-att' && a !== 'vpc-shared-att'), propagations: r.propagations.filter((a) => a !== 'vpc-dev-a-att' && a !== 'vpc-shared-att') }
          : r,
      ),
    }
    const files = emitTerraform(unwired)
    const tgw = files['transit-gateway.tf']!
    // Without the flags the provider would look for the default table, which AWS never created.
    for (const block of [/resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "vpc-dev-a-att" \{[\s\S]*?\n\}/, /resource "aws_ec2_transit_gateway_vpc_attachment" "vpc-shared-att" \{[\s\S]*?\n\}/]) {
      const text = block.exec(tgw)![0]
      expect(text).toContain('transit_gateway_default_route_table_association = false')
      expect(text).toContain('transit_gateway_default_route_table_propagation = false')
    }
    expect((await checkTerraform(files)).problems).toEqual([])
  })

  it('leaves out propagation from peering attachments, which AWS refuses', () => {
    const project = kitchenSink()
    const files = emitTerraform({
      ...project,
      resources: project.resources.map((r) => (r.kind === 'tgwRouteTable' && r.id === 'tgw-us-rt' ? { ...r, propagations: ['tgw-peer'] } : r)),
    })
    expect(files['transit-gateway.tf']).not.toContain('resource "aws_ec2_transit_gateway_route_table_propagation" "tgw-us-rt"')
    expect(files['README.md']).toContain('propagation of tgw-peer (AWS refuses propagation from peering attachments')
  })

  it('writes everything to main.tf (and the README) in single-file mode, still valid', async () => {
    const files = emitTerraform(example('privatelink'), { singleFile: true })
    expect(Object.keys(files)).toEqual(['main.tf', 'README.md'])
    expect((await checkTerraform(files)).problems).toEqual([])
    const main = files['main.tf']!
    expect(main.indexOf('terraform {')).toBeLessThan(main.indexOf('provider "aws"'))
    expect(main.indexOf('variable "tags"')).toBeLessThan(main.indexOf('resource "aws_vpc"'))
    expect(main.indexOf('resource "aws_vpc"')).toBeLessThan(main.indexOf('output "vpcs"'))
    const bad = unformattedFiles(files)
    if (bad !== null) expect(bad).toEqual([])
  })

  // Opt-in (it starts the provider binary): NETDRAFT_TF_PROVIDER5_MIRROR=/opt/tf-plugins, a filesystem
  // mirror holding an AWS provider 5.x. Terraform itself then type-checks everything but `region`.
  const mirror = process.env.NETDRAFT_TF_PROVIDER5_MIRROR
  it.skipIf(!mirror)('passes terraform validate with a real AWS provider binary (5.x, without per-resource region)', () => {
    for (const [name, project] of [...examples.map((n) => [n, example(n)] as const), ['kitchen sink', kitchenSink()] as const]) {
      expect(validateWithProvider5(emitTerraform(project), mirror!), name).toBe('')
    }
  }, 600_000)

  it('exports an empty design as a valid, empty configuration', async () => {
    const files = emitTerraform(emptyProject('Nothing yet'))
    expect(Object.keys(files)).toEqual(['versions.tf', 'variables.tf', 'README.md'])
    expect((await checkTerraform(files)).problems).toEqual([])
    expect(files['README.md']).toContain('Nothing: the design supplies every value.')
  })

  describe('validation gate', () => {
    const broken = () => {
      const r = loadProject(readFileSync(path.join(root, 'examples/broken/peering-transitive.netdraft.json'), 'utf8'))
      if (!r.ok) throw new Error('broken example does not load')
      return r.project
    }

    it('refuses a design with validation errors and names them', () => {
      expect(() => exportTerraform(broken())).toThrow(ExportBlockedError)
      expect(() => exportTerraform(broken())).toThrow(/peering-not-transitive/)
    })

    it('exports it with allowErrors and lists the remaining errors in the README', () => {
      const files = exportTerraform(broken(), { allowErrors: true })
      expect(files['README.md']).toContain('## The design still has validation errors')
      expect(files['README.md']).toContain('**peering-not-transitive**')
    })

    it('exports a clean design without the flag', () => {
      const files = exportTerraform(example('hub-and-spoke'))
      expect(files['README.md']).not.toContain('validation errors')
    })
  })
})
