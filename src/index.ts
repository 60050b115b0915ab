import { isPostStep } from './github/toolkit.js'

if (isPostStep()) {
  await import('./post.js').then((m) => m.runPost())
} else {
  await import('./main.js').then((m) => m.runMain())
}
