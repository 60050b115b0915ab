// Runs the action script named by ACTION_SCRIPT and records the process's peak resident set
// size (bytes) in PEAK_RSS_FILE when it exits, so tests and the benchmark can read it.
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

process.on('exit', () => {
  writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024))
})
await import(pathToFileURL(process.env.ACTION_SCRIPT).href)
