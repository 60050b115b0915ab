import { getState } from './github/commands.js'

if (getState('isPost')) {
  await import('./post.js').then((m) => m.runPost())
} else {
  await import('./main.js').then((m) => m.runMain())
}
