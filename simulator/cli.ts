import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { FIXTURES, startSimulator, type RecordedRequest, type Scenario } from './index.js'

const USAGE = `Usage: npx tsx simulator/cli.ts [--port <port>] [--api-key rik_...]
                                [--scenario '<json>' | --scenario-file scenario.json]
Without --port it takes a free port and prints it.`

async function scenarioFrom(values: {
  scenario?: string
  'scenario-file'?: string
}): Promise<Partial<Scenario>> {
  if (values.scenario && values['scenario-file']) {
    throw new Error('Give either --scenario or --scenario-file, not both')
  }
  const source = values['scenario-file']
    ? await readFile(values['scenario-file'], 'utf8')
    : values.scenario
  if (!source) return {}
  const parsed: unknown = JSON.parse(source)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('The scenario must be a JSON object')
  }
  return parsed as Partial<Scenario>
}

function logLine(request: RecordedRequest): string {
  const query = new URLSearchParams(request.query).toString()
  const target = query ? `${request.path}?${query}` : request.path
  const outcome = request.status ?? 'no answer (socket closed)'
  const key = request.authorized ? '' : ' [wrong or missing API key]'
  return `${new Date().toISOString()} ${request.method} ${target} -> ${outcome}${key}`
}

function port(value: string | undefined): number {
  const parsed = Number(value ?? 0)
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535, not '${value}'`)
  }
  return parsed
}

/** The runner passes each input as an INPUT_<NAME> variable; `env` can set names with a hyphen. */
function tryLocallyCommand(url: string, apiKey: string, timelineId: string): string {
  const inputs = {
    'api-key': apiKey,
    'base-url': url,
    'timeline-id': timelineId,
    'poll-interval': '1',
    thresholds: 'p95 < 800ms'
  }
  const variables = Object.entries(inputs).map(
    ([name, value]) => `'INPUT_${name.toUpperCase()}=${value}'`
  )
  return `env ${variables.join(' ')} node dist/index.js`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'api-key': { type: 'string' },
      scenario: { type: 'string' },
      'scenario-file': { type: 'string' },
      help: { type: 'boolean' }
    }
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const simulator = await startSimulator({
    port: port(values.port),
    apiKey: values['api-key'],
    scenario: await scenarioFrom(values),
    onRequest: (request) => console.log(logLine(request))
  })
  const { checkout } = FIXTURES.timelines
  console.log(`Leapwork Performance API simulator listening on ${simulator.url}`)
  console.log(`API key: ${simulator.apiKey}`)
  console.log(
    `Try timeline-id: ${checkout.assetId} (or timeline-name: "${checkout.title}" with project-id: ${checkout.projectId})`
  )
  console.log('Run the bundled action against it (after npm run bundle):')
  console.log(`  ${tryLocallyCommand(simulator.url, simulator.apiKey, checkout.assetId)}`)
  console.log('Press Ctrl+C to stop.')
  const shutdown = () => void simulator.stop().then(() => console.log('Simulator stopped.'))
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

main().catch((cause: unknown) => {
  console.error(cause instanceof Error ? cause.message : String(cause))
  console.error(USAGE)
  process.exitCode = 1
})
