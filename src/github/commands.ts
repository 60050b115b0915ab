/**
 * The runner's command protocol (workflow commands on stdout, file commands in GITHUB_* files),
 * for the few calls the action makes before its first API request.
 *
 * Why not @actions/core: version 3 statically imports @actions/http-client and undici for its
 * OIDC client, which the action never uses. Loading them was 40% of the action's start-up time
 * (npm run bench). The protocol below is the documented one (../shared/reference/runner.md).
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProperties } from '../log.js'

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issue('debug', message)
}

export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {}
): void {
  issue(level, message, properties)
}

/** Marks the step failed: an error annotation and exit code 1 when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1
  annotate('error', message)
}

export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  issue('group', name)
  try {
    return await work()
  } finally {
    issue('endgroup', '')
  }
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) appendKeyValue(process.env.GITHUB_OUTPUT, name, value)
  else issue('set-output', value, { name })
}

export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) appendKeyValue(process.env.GITHUB_STATE, name, value)
  else issue('save-state', value, { name })
}

/** Outside a runner there is no summary file, and nothing to write it to. */
export function appendSummary(markdown: string): void {
  if (process.env.GITHUB_STEP_SUMMARY)
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown + EOL)
}

function issue(command: string, message: string, properties: object = {}): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

function appendKeyValue(path: string, name: string, value: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
