import { describe, expect, it } from 'vitest'
import { checkTerraform } from './check-terraform'
import { schemaOf } from './provider-schema'

describe('provider schema derived from @cdktf/provider-aws', () => {
  it('knows arguments, required ones, nested blocks and computed attributes', () => {
    const rt = schemaOf('resource', 'aws_route_table')!
    expect(rt.arguments.get('vpc_id')).toEqual({ required: true })
    expect(rt.arguments.get('region')).toEqual({ required: false })
    expect(rt.blocks.get('route')?.schema.arguments.has('nat_gateway_id')).toBe(true)
    expect(rt.attributes.has('owner_id')).toBe(true)
    expect(schemaOf('resource', 'aws_dx_gateway')!.arguments.has('region')).toBe(false)
    expect(schemaOf('data', 'aws_ec2_managed_prefix_list')!.arguments.has('name')).toBe(true)
    expect(schemaOf('resource', 'aws_not_a_thing')).toBeNull()
  })
})

describe('checkTerraform', () => {
  it('accepts a valid configuration', async () => {
    const result = await checkTerraform({
      'main.tf': `
provider "aws" {
  alias  = "a"
  region = "eu-west-1"
}
variable "tags" {
  description = "Tags for everything."
  type        = map(string)
}
resource "aws_vpc" "v" {
  provider   = aws.a
  cidr_block = "10.0.0.0/16"
  tags       = var.tags
}
resource "aws_subnet" "s" {
  for_each   = toset(["10.0.0.0/24"])
  provider   = aws.a
  vpc_id     = aws_vpc.v.id
  cidr_block = each.key
}
output "ids" {
  description = "x"
  value       = [for s in aws_subnet.s : s.id]
}
`,
    })
    expect(result.problems).toEqual([])
    expect(result.resourceTypes.get('aws_subnet')).toBe(1)
  })

  it('reports syntax errors, unknown types and arguments, missing required ones and broken references', async () => {
    const result = await checkTerraform({
      'bad.tf': 'resource "aws_vpc" "x" {\n',
      'main.tf': `
resource "aws_vpcx" "a" {}
resource "aws_subnet" "s" {
  provider   = aws.nope
  cidr_block = each.key
  colour     = "blue"
  tags       = { Name = var.missing }
}
resource "aws_route_table" "r" {
  for_each = toset(["a"])
  vpc_id   = aws_vpc.gone.id
}
resource "aws_route" "x" {
  route_table_id         = aws_route_table.r.id
  destination_cidr_block = aws_route_table.r["a"].no_such_attribute
}
resource "aws_route" "counted" {
  count                  = 2
  route_table_id         = "rtb-1"
  destination_cidr_block = "10.0.0.0/8"
}
resource "aws_route" "computed_keys" {
  for_each               = toset(aws_route_table.r["a"].propagating_vgws)
  route_table_id         = "rtb-1"
  destination_cidr_block = each.key
}
variable "undescribed" {}
`,
    })
    const text = result.problems.join('\n')
    expect(text).toMatch(/bad\.tf: does not parse/)
    expect(text).toMatch(/aws_vpcx\.a: no such resource type/)
    expect(text).toMatch(/aws_subnet\.s: unknown argument "colour"/)
    expect(text).toMatch(/aws_subnet\.s: required argument "vpc_id" is not set/)
    expect(text).toMatch(/each\.key: each\.\* outside a for_each block/)
    expect(text).toMatch(/var\.missing: undeclared variable/)
    expect(text).toMatch(/provider aws\.nope is not configured/)
    expect(text).toMatch(/resource aws_vpc\.gone is not declared/)
    expect(text).toMatch(/aws_route_table\.r uses for_each; index it/)
    expect(text).toMatch(/has no attribute "no_such_attribute"/)
    expect(text).toMatch(/variable undescribed has no description/)
    expect(text).toMatch(/aws_route\.counted: uses count/)
    expect(text).toMatch(/aws_route\.computed_keys: for_each must be a map literal or toset\(\) of string literals/)
  })
})
