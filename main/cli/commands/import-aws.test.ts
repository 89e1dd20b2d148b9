import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { awsDataDir } from '../../../test/helpers/aws-data'
import { loadProject } from '../../../shared/model'
import { runCli } from '../run'

let cwd: string
beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'netdraft-import-'))
})
afterEach(() => rm(cwd, { recursive: true, force: true }))

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd })
  return { code, out, err }
}

describe('netdraft import aws', () => {
  const snapshot = path.join(awsDataDir, 'test-vpc-peering')

  it('writes a design that loads, and prints the report with --report', async () => {
    const r = await cli('import', 'aws', snapshot, '-o', 'net.netdraft.json', '--report')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('vpc                          3')
    expect(r.out).toContain('aws_configs/Vpcs.json $.Vpcs[2].CidrBlockAssociationSet[1]: vpc-0404e08ceddf7f650 CIDR 10.11.0.0/16: secondary CIDR block state is disassociated')
    expect(r.out).toContain('Imported from (24):\n  aws_configs/NetworkAcls.json $.NetworkAcls[0]: acl-01dee4c0b49e0f2a2: networkAcl\n')
    expect(r.out).toContain('  aws_configs/Vpcs.json $.Vpcs[2]: vpc-0404e08ceddf7f650: vpc "VPC A"\n')
    expect(r.out).toMatch(/wrote net\.netdraft\.json: 24 resources from 10 files; 4 skipped, 0 merged, 0 not understood\n$/)
    const loaded = loadProject(await readFile(path.join(cwd, 'net.netdraft.json'), 'utf8'))
    expect(loaded.ok && loaded.project.name).toBe('test-vpc-peering')
  })

  it('refuses to overwrite without --force', async () => {
    await writeFile(path.join(cwd, 'net.netdraft.json'), 'keep')
    const r = await cli('import', 'aws', snapshot, '-o', 'net.netdraft.json')
    expect(r.code).toBe(2)
    expect(r.err).toContain('file exists (use --force to overwrite)')
    expect(await readFile(path.join(cwd, 'net.netdraft.json'), 'utf8')).toBe('keep')
    expect((await cli('import', 'aws', snapshot, '-o', 'net.netdraft.json', '--force')).code).toBe(0)
  })

  it('names file, line and column of malformed input and writes nothing', async () => {
    await mkdir(path.join(cwd, 'in', 'eu-west-1'), { recursive: true })
    await writeFile(path.join(cwd, 'in', 'eu-west-1', 'Vpcs.json'), '{\n  "Vpcs": [\n    {"VpcId": "vpc-1",')
    const r = await cli('import', 'aws', 'in', '-o', 'out.json')
    expect(r.code).toBe(2)
    expect(r.err).toContain(`${path.join('in', 'eu-west-1', 'Vpcs.json')}:3:`)
    expect(r.err).toContain('truncated')
    expect(r.err).toContain('nothing imported')
    await expect(readFile(path.join(cwd, 'out.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reports bad usage and unreadable folders with exit 2', async () => {
    expect((await cli('import', 'aws', snapshot)).err).toContain('needs -o FILE')
    expect((await cli('import', 'aws', '-o', 'x.json')).code).toBe(2)
    const missing = await cli('import', 'aws', 'nope', '-o', 'x.json')
    expect([missing.code, missing.err]).toEqual([2, 'netdraft: nope: cannot read the folder: ENOENT\n'])
    await mkdir(path.join(cwd, 'empty'))
    expect((await cli('import', 'aws', 'empty', '-o', 'x.json')).err).toBe('netdraft: empty: the folder holds no .json files\n')
  })
})
