/**
 * The post step's entry, bundled apart from main's: a post step told from main by saved state
 * would take itself for main, and start a run, if main was killed before it could save that state.
 */
import { runPost } from './post.js'

await runPost()
