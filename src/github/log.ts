import type { Log } from '../log.js'
import { core, whenLoaded } from './toolkit.js'

const LINE_BREAK = /\r\n|\r|\n/
/** The runner trims a line (.NET whitespace) and runs it as a command when it starts with `::`. */
const COMMAND_START = /^([\s\u0085]*):(?=:)/
/** The runner's legacy `##[command]` form is recognised anywhere in a line. */
const LEGACY_COMMAND = /#(?=#\[)/g
const ZERO_WIDTH_SPACE = '\u200B'

/**
 * Log lines carry text from the server (titles, error bodies). Each line is made inert: none can
 * start with `::` or hold `##[`, so none can run a workflow command. Annotations and messages of
 * commands are escaped by @actions/core itself.
 */
export function inertLines(message: string): string {
  return message
    .split(LINE_BREAK)
    .map((line) =>
      line
        .replace(COMMAND_START, `$1:${ZERO_WIDTH_SPACE}`)
        .replace(LEGACY_COMMAND, `#${ZERO_WIDTH_SPACE}`)
    )
    .join('\n')
}

/** Lines written before the toolkit has loaded wait for it, so the API key is masked first. */
export const actionsLog: Log = {
  info: (message) => whenLoaded(() => core.info(inertLines(message))),
  debug: (message) => whenLoaded(() => core.debug(inertLines(message))),
  notice: (message, properties) => whenLoaded(() => core.notice(message, properties)),
  warning: (message, properties) => whenLoaded(() => core.warning(message, properties)),
  error: (message, properties) => whenLoaded(() => core.error(message, properties))
}
