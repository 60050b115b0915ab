/**
 * Runs the built action (dist/index.js) as the GitHub runner would, against the Leapwork
 * Performance API simulator and a local artifact service, and prints what a user would see:
 * the step's log, its outputs and the job summary.
 */
import { FIXTURES, startSimulator } from '../simulator/index.js'
import { runAction, cleanupWorkDirs } from '../__tests__/support/action-runner.js'
import { startFakeArtifactService } from '../__tests__/support/fake-artifact-service.js'

const RULE = '─'.repeat(78)

const simulator = await startSimulator({
  scenario: { pollsUntilTerminal: 6, aiNotReadyTrackItems: ['ti_002'] }
})
const artifactService = await startFakeArtifactService()
try {
  const inputs = {
    'api-key': simulator.apiKey,
    'base-url': simulator.url,
    'timeline-name': FIXTURES.timelines.checkout.title,
    'project-id': FIXTURES.timelines.checkout.projectId,
    'data-item-name': FIXTURES.dataItems.retailUsers.name,
    role: 'User',
    'user-count': '25',
    'poll-interval': '0.5',
    thresholds: 'p95 < 1s\nerror-rate < 1%\n"POST /api/login": p95 < 500'
  }
  console.log(`Leapwork Performance API simulator at ${simulator.url}\n`)
  console.log('with:')
  for (const [name, value] of Object.entries(inputs)) {
    console.log(`  ${name}: ${name === 'api-key' ? '***' : value.replace(/\n/g, '\\n')}`)
  }
  const result = await runAction({ inputs, env: artifactService.env })
  section('Step log')
  console.log(asRunnerShowsIt(result.stdout))
  section(`Step ${result.exitCode === 0 ? 'succeeded' : 'failed'} (exit code ${result.exitCode})`)
  section('Outputs')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}: ${value}`)
  section('Job summary (markdown)')
  console.log(result.summary)
  section(
    `Simulator: ${simulator.stats.runsStarted} run started, ${simulator.stats.statusPolls} status polls, ` +
      `${simulator.stats.activeRuns} left running; artifact "${artifactService.artifacts[0]?.name}" ` +
      `(${artifactService.artifacts[0]?.size ?? 0} bytes)`
  )
} finally {
  await artifactService.stop()
  await simulator.stop()
  await cleanupWorkDirs()
}

function section(title: string): void {
  console.log(`\n${RULE}\n${title}\n${RULE}`)
}

/** The runner hides debug lines and masks, collapses groups, and shows annotations as "Error: ..." lines. */
function asRunnerShowsIt(stdout: string): string {
  const shown: string[] = []
  let inGroup = false
  for (const line of stdout.split('\n')) {
    const group = line.match(/^::group::(.*)$/)
    if (group) shown.push(`▸ ${group[1]}`)
    inGroup = group ? true : inGroup && !line.startsWith('::endgroup::')
    if (inGroup || /^::(debug|add-mask|endgroup)::/.test(line)) continue
    shown.push(line.replace(/^::(error|warning|notice)[^:]*::(.*)$/, annotationLine))
  }
  return shown.join('\n')
}

function annotationLine(_: string, level: string, message: string): string {
  const text = message.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
  return `${level[0].toUpperCase()}${level.slice(1)}: ${text}`
}
