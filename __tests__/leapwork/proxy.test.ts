import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { API_KEY, clientFor, sendJson, startServer } from './fake-server.js'
import type { FakeServer } from './fake-server.js'

const PROXY_VARIABLES = [
  'http_proxy',
  'HTTP_PROXY',
  'https_proxy',
  'HTTPS_PROXY',
  'no_proxy',
  'NO_PROXY'
]

interface Proxy {
  origin: string
  /** The `host:port` of every tunnel a client asked for with CONNECT. */
  tunnels: string[]
  close(): Promise<void>
}

/** A loopback HTTP proxy that opens the CONNECT tunnels it is asked for and records them. */
async function startProxy(): Promise<Proxy> {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }
  const server = createServer()
  server.on('connect', (request, client: Socket, head: Buffer) => {
    tunnels.push(request.url ?? '')
    const target = new URL(`http://${request.url}`)
    const upstream = connect(Number(target.port), target.hostname, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      track(socket)
      socket.on('error', () => socket.destroy())
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

const savedEnv = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]))
const closers: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function serverAndProxy(): Promise<{ fake: FakeServer; proxy: Proxy }> {
  const fake = await startServer((_, response) => sendJson(response, 200, []))
  const proxy = await startProxy()
  closers.push(fake.close, proxy.close)
  return { fake, proxy }
}

function useProxy(proxy: Proxy, noProxy?: string): void {
  for (const name of PROXY_VARIABLES) delete process.env[name]
  process.env.http_proxy = proxy.origin
  process.env.https_proxy = proxy.origin
  if (noProxy !== undefined) process.env.no_proxy = noProxy
}

// 0.0.0.0 reaches this machine, yet is not one of the loopback names that always bypass a proxy.
describe('the runner proxy settings', () => {
  it('sends every request through the proxy that http_proxy names', async () => {
    const { fake, proxy } = await serverAndProxy()
    useProxy(proxy)
    const { client } = clientFor(`http://0.0.0.0:${fake.port}`)

    await expect(client.getTimelines()).resolves.toEqual([])
    await expect(client.getTimelines()).resolves.toEqual([])

    expect(proxy.tunnels).toEqual([`0.0.0.0:${fake.port}`, `0.0.0.0:${fake.port}`])
    expect(fake.received.map((request) => request.headers.authorization)).toEqual([
      `X-API-KEY ${API_KEY}`,
      `X-API-KEY ${API_KEY}`
    ])
  })

  it('goes straight to a host that no_proxy names', async () => {
    const { fake, proxy } = await serverAndProxy()
    useProxy(proxy, 'example.com,0.0.0.0')
    const { client } = clientFor(`http://0.0.0.0:${fake.port}`)

    await expect(client.getTimelines()).resolves.toEqual([])

    expect(proxy.tunnels).toEqual([])
    expect(fake.received).toHaveLength(1)
  })
})
