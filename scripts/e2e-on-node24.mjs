// Runs the end-to-end tests again with the bundled action on Node 24, the runtime action.yml
// names, while jest itself stays on the machine's Node. Node 24 comes from the npm registry.
import { execFileSync, spawnSync } from 'node:child_process'

const node24 = execFileSync(
  'npx',
  ['--yes', 'node@24', '-e', 'process.stdout.write(process.execPath)'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
).trim()
const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()
if (!version.startsWith('v24.')) {
  console.error(`Expected a Node 24 binary, got ${version} at ${node24}`)
  process.exit(1)
}
console.log(`End-to-end tests with the action on Node ${version} (${node24})`)
const jest = spawnSync('npx', ['jest', '__tests__/e2e'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    E2E_NODE: node24,
    NODE_OPTIONS: '--experimental-vm-modules',
    NODE_NO_WARNINGS: '1'
  }
})
process.exit(jest.status ?? 1)
