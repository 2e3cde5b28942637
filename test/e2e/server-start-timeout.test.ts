import { readdirSync, readFileSync } from 'node:fs'
import { startServer } from './helpers/server'

/** Pids of processes whose environment holds `marker` (Linux /proc). */
function processesWith(marker: string): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      if (readFileSync(`/proc/${name}/environ`, 'latin1').includes(marker)) pids.push(Number(name))
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return pids
}

const onLinux = process.platform === 'linux' ? it : it.skip

describe('e2e server helper', () => {
  onLinux(
    'kills the server (tsx and its node process) when it is not ready in time, quoting its last output',
    async () => {
      const marker = `YZ_E2E_MARKER=${process.pid}-${Date.now()}`
      const [key, value] = marker.split('=')
      // Listening on another loopback address, the server never answers /api/health on 127.0.0.1.
      const start = startServer({ HOST: '127.0.0.2', [key]: value }, { readyTimeoutMs: 4_000 })
      await expect(start).rejects.toThrow(/^server not ready in 4 s \(killed\); its last output:/)
      expect(processesWith(marker)).toEqual([])
    },
  )
})
