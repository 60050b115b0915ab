import * as core from '@actions/core'
import type { Log } from '../log.js'

export const actionsLog: Log = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, properties) => core.notice(message, properties),
  warning: (message, properties) => core.warning(message, properties),
  error: (message, properties) => core.error(message, properties)
}
