// The bare-Node reference: a process that starts, makes one HTTP GET to the API the action talks
// to, and exits. It is run through the same runner environment as the action.
import { get } from 'node:http'

const url = `${process.env['INPUT_BASE-URL']}/api/integration/getTimelines`
const headers = { authorization: `X-API-KEY ${process.env['INPUT_API-KEY']}` }
get(url, { headers }, (response) => response.resume())
