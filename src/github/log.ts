import * as core from './commands.js'
import type { Log } from '../log.js'

export const actionsLog: Log = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, properties) => core.annotate('notice', message, properties),
  warning: (message, properties) => core.annotate('warning', message, properties),
  error: (message, properties) => core.annotate('error', message, properties)
}
