import { performance } from 'node:perf_hooks'
import type { Project } from '../shared/model'
import { generateDesign } from '../scripts/generator/generate'

/** What a bench file gets: generated designs, timing and memory figures printed in one format. */
export interface BenchHarness {
  /** A generated design of `vpcs` VPCs (seed 1), built once per process. */
  design(vpcs: number): Project
  /** Runs `fn` `runs` times (after one warm-up), prints and returns the median in ms. */
  time(label: string, fn: () => unknown, runs?: number): Promise<number>
  /** Runs `fn` once and prints the time and the process's peak RSS and current heap afterwards (MB). */
  memory(label: string, fn: () => unknown): Promise<{ ms: number; peakRssMb: number }>
  print(label: string, value: string | number): void
}

const designs = new Map<number, Project>()

export function createHarness(area: string): BenchHarness {
  const line = (label: string, value: string) => console.log(`${area.padEnd(13)} ${label.padEnd(58)} ${value}`)
  return {
    design(vpcs) {
      let d = designs.get(vpcs)
      if (!d) designs.set(vpcs, (d = generateDesign({ vpcs, seed: 1 })))
      return d
    },
    async time(label, fn, runs = 7) {
      await fn()
      const samples: number[] = []
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        await fn()
        samples.push(performance.now() - t0)
      }
      samples.sort((a, b) => a - b)
      const median = samples[Math.floor(samples.length / 2)]
      line(label, `median ${median.toFixed(1)} ms (n=${runs}, min ${samples[0].toFixed(1)}, max ${samples.at(-1)!.toFixed(1)})`)
      return median
    },
    async memory(label, fn) {
      const t0 = performance.now()
      await fn()
      const ms = performance.now() - t0
      // maxRSS is the process's high-water mark; benches run sizes in increasing order so it is this run's peak.
      const peakRssMb = process.resourceUsage().maxRSS / 1024
      const heapMb = process.memoryUsage().heapUsed / 1048576
      line(label, `${ms.toFixed(0)} ms, peak RSS ${peakRssMb.toFixed(0)} MB, heap now ${heapMb.toFixed(0)} MB`)
      return { ms, peakRssMb }
    },
    print(label, value) {
      line(label, String(value))
    },
  }
}
