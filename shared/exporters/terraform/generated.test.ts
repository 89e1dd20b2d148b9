import { describe, expect, it } from 'vitest'
import { generateDesign } from '../../../scripts/generator/generate'
import { checkTerraform } from '../../../test/helpers/terraform/check-terraform'
import { unformattedFiles } from '../../../test/helpers/terraform/fmt'
import { emitTerraform } from '.'

describe('Terraform export of generated designs', () => {
  for (const vpcs of [50, 500]) {
    it(`${vpcs} VPCs: parses and passes the provider schema and reference checks with zero problems`, async () => {
      const design = generateDesign({ vpcs, seed: 1 })
      const files = emitTerraform(design)
      const result = await checkTerraform(files)
      expect(result.problems.slice(0, 20)).toEqual([])
      expect(result.resourceTypes.get('aws_vpc')).toBe(vpcs)
      expect(emitTerraform(design)).toEqual(files)
      if (vpcs === 50) {
        const bad = unformattedFiles(files)
        if (bad !== null) expect(bad).toEqual([])
      }
    }, 300_000)
  }
})
