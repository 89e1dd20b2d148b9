import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importAwsFolder } from './import-aws-folder'
import { readImportFolder } from './read-folder'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'netdraft-read-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('readImportFolder', () => {
  it('reads every .json file below the folder, with sorted relative / paths, and nothing else', async () => {
    await mkdir(path.join(dir, '111111111111', 'eu-west-1'), { recursive: true })
    await writeFile(path.join(dir, '111111111111', 'eu-west-1', 'Vpcs.json'), '{"Vpcs":[]}')
    await writeFile(path.join(dir, '111111111111', 'eu-west-1', 'notes.txt'), 'not json')
    await writeFile(path.join(dir, 'A.JSON'), '{}')
    await writeFile(path.join(dir, 'net.netdraft.json'), '{"formatVersion": 1}')
    const files = await readImportFolder(dir)
    expect(files).toEqual([
      { path: '111111111111/eu-west-1/Vpcs.json', text: '{"Vpcs":[]}' },
      { path: 'A.JSON', text: '{}' },
    ])
  })

  it('fails clearly on a missing folder or a file given instead of a folder', async () => {
    await expect(readImportFolder(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
    await writeFile(path.join(dir, 'f.json'), '{}')
    await expect(readImportFolder(path.join(dir, 'f.json'))).rejects.toThrow('is not a folder')
  })
})

describe('importAwsFolder', () => {
  it('imports a folder, and names the folder when it cannot be read or holds no JSON', async () => {
    await mkdir(path.join(dir, 'eu-west-1'))
    await writeFile(path.join(dir, 'eu-west-1', 'v.json'), JSON.stringify({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', OwnerId: '111111111111' }] }))
    const r = await importAwsFolder(dir, { name: 'mine' })
    expect(r.ok && [r.fileCount, r.project.name, r.report.imported]).toEqual([1, 'mine', { account: 1, vpc: 1 }])
    const missing = await importAwsFolder(path.join(dir, 'nope'))
    expect(missing).toEqual({ ok: false, fileCount: 0, errors: [{ file: path.join(dir, 'nope'), message: 'cannot read the folder: ENOENT' }] })
    await mkdir(path.join(dir, 'empty'))
    expect(await importAwsFolder(path.join(dir, 'empty'))).toMatchObject({ ok: false, errors: [{ message: 'the folder holds no .json files' }] })
  })
})
