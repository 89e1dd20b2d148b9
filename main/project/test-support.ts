// Shared by the project-service and main-process tests only; never imported by app code.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Project, projectSchema } from '../../shared/model'
import type { FsPort } from './fs-port'
import { nodeFsPort } from './fs-port'

/** A small but complete design: an account, a VPC, its main route table with an internet route, one subnet. */
export function sampleProject(name = 'Sample network'): Project {
  return projectSchema.parse({
    formatVersion: 1,
    name,
    resources: [
      { kind: 'account', id: 'acct-prod', name: 'Production', accountId: '111122223333' },
      { kind: 'vpc', id: 'vpc-app', name: 'app', account: 'acct-prod', region: 'eu-west-1', cidr: '10.0.0.0/16' },
      { kind: 'internetGateway', id: 'igw-app', name: 'app igw', vpc: 'vpc-app' },
      {
        kind: 'routeTable',
        id: 'rt-app-main',
        name: 'app main',
        vpc: 'vpc-app',
        main: true,
        routes: [
          { destination: '10.0.0.0/16', target: 'local' },
          { destination: '0.0.0.0/0', target: 'igw-app' },
        ],
      },
      { kind: 'subnet', id: 'subnet-app-a', name: 'public a', vpc: 'vpc-app', az: 'eu-west-1a', cidr: '10.0.1.0/24' },
    ],
  })
}

export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'netdraft-test-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A disk that fills up after `bytesThatFit` bytes of any file written through `open(...).writeFile`. */
export function fullDiskFs(bytesThatFit: number): FsPort {
  return {
    ...nodeFsPort,
    open: (async (...args: Parameters<FsPort['open']>) => {
      const handle = await nodeFsPort.open(...args)
      const writeFile = async (data: string | Uint8Array) => {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data
        await handle.write(bytes.subarray(0, Math.min(bytesThatFit, bytes.byteLength)))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' })
      }
      return new Proxy(handle, {
        get: (target, key) => {
          if (key === 'writeFile') return writeFile
          const value = Reflect.get(target, key) as unknown
          return typeof value === 'function' ? value.bind(target) : value
        },
      })
    }) as FsPort['open'],
  }
}
