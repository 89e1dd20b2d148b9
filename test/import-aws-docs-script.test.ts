import { spawnSync } from 'node:child_process'
import { chmod, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readImportFolder } from '../main/import/read-folder'
import { importAwsDescribe } from '../shared/importers/aws'
import { serializeProject } from '../shared/model'
import { awsDataDir, readSnapshot } from './helpers/aws-data'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const accounts = path.join(awsDataDir, 'test-transit-gateway-peering', 'aws_configs', 'accounts')

let work: string
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'netdraft-export-'))
  const fake = path.join(root, 'test', 'helpers', 'fake-aws-cli.mjs')
  await chmod(fake, 0o755)
  await symlink(fake, path.join(work, 'aws'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

/** The bash block of docs/import.md, as users copy it. */
async function exportScript(): Promise<string> {
  const doc = await readFile(path.join(root, 'docs', 'import.md'), 'utf8')
  const block = /```bash\n([\s\S]*?)```/.exec(doc)
  if (!block) throw new Error('docs/import.md has no bash block')
  return block[1]
}

describe('the export script of docs/import.md', () => {
  it('produces a folder that imports like the snapshot it was read from', async () => {
    const script = await exportScript()
    const out = path.join(work, 'export')
    for (const [account, region] of [['732168539940', 'us-east-1'], ['804819755326', 'us-west-1']]) {
      const run = spawnSync('bash', ['-c', script, 'netdraft-aws-export.sh', out, region], {
        env: { ...process.env, PATH: `${work}${path.delimiter}${process.env.PATH}`, FAKE_AWS_SRC: path.join(accounts, account, region), FAKE_AWS_ACCOUNT: account },
        encoding: 'utf8',
      })
      expect(run.stderr).toContain(`reading account ${account}, Region ${region}`)
      expect(run.status).toBe(0)
    }
    const exported = importAwsDescribe(await readImportFolder(out), { name: 'x' })
    const direct = importAwsDescribe(await readSnapshot('test-transit-gateway-peering'), { name: 'x' })
    if (!exported.ok || !direct.ok) throw new Error('import failed')
    expect(exported.report.notUnderstood).toEqual([])
    expect(exported.report.skipped).toEqual([])
    // The script also reads the DNS attributes, which Batfish's snapshot lacks (the fake answers "support on, hostnames off").
    expect(serializeProject(exported.project).replace(/"externalId": "[^"]*",?/g, '')).toBe(serializeProject(direct.project).replace(/"externalId": "[^"]*",?/g, ''))
    expect(exported.report.imported).toEqual(direct.report.imported)
    expect(exported.report.merged.map((m) => m.item)).toEqual(['tgw-attach-012e5d602f859dd80'])
  }, 120_000) // about sixty AWS CLI calls, each a Node process here

  it('refuses to run without a Region', async () => {
    const run = spawnSync('bash', ['-c', await exportScript(), 'netdraft-aws-export.sh', path.join(work, 'x')], { encoding: 'utf8', env: { ...process.env, PATH: `${work}${path.delimiter}${process.env.PATH}` } })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('name at least one Region')
  }, 30_000)
})
