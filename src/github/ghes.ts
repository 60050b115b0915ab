/**
 * GitHub Enterprise Server: @actions/artifact v2+ refuses to run there (GHESNotSupportedError), so
 * the action neither uploads nor downloads artifacts and says what to do instead.
 */

/** Decided from GITHUB_SERVER_URL as @actions/artifact decides it. */
export function isGitHubEnterpriseServer(env: NodeJS.ProcessEnv = process.env): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase()
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
}

/** How to upload the report folder with the artifact action that still supports GHES. */
export function ghesUploadNotice(dir: string, artifactName: string, env = process.env): string {
  return [
    `GitHub Enterprise Server does not support the artifact service this action uploads to, so the reports stay in ${dir}.`,
    `Upload them with actions/upload-artifact@v3 after this step${stepIdHint(env)}:`,
    '  - uses: actions/upload-artifact@v3',
    '    if: always()',
    '    with:',
    `      name: ${artifactName}`,
    `      path: \${{ steps.${stepId(env)}.outputs.report-dir }}`
  ].join('\n')
}

export const GHES_BASELINE_NOTICE = [
  'No baseline run: "baseline: auto" reads earlier runs from artifacts, which GitHub Enterprise Server does not support for this action, so the run is judged on thresholds alone.',
  'Hand over the history as files instead: fetch earlier metrics.json files into a folder with actions/download-artifact@v3 or actions/cache, and pass "baseline: <dir>".'
].join('\n')

/** The runner names the step by its id in GITHUB_ACTION, or `__<owner>_<repo>` when it has none. */
function stepId(env: NodeJS.ProcessEnv): string {
  const id = env.GITHUB_ACTION ?? ''
  return id && !id.startsWith('__') ? id : '<id>'
}

function stepIdHint(env: NodeJS.ProcessEnv): string {
  return stepId(env) === '<id>' ? ' (give this step an `id`)' : ''
}
