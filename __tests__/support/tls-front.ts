import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TLSSocket } from 'node:tls'
import { promisify } from 'node:util'

/**
 * An https address that is not this machine's name, served by a local http server: the runner's
 * proxy (`https_proxy`) tunnels `https://<host>` to a TLS end in this process, which passes the
 * plain requests on to `target`. The certificate is made for the test and trusted through
 * NODE_EXTRA_CA_CERTS, so the action checks it as it would a real one.
 */
export interface TlsFront {
  /** `https://<host>`. */
  url: string
  /** What the action needs to reach `url`: the proxy and the certificate to trust. */
  env: Record<string, string>
  stop(): Promise<void>
}

export async function startTlsFront(
  target: string,
  host = 'perfapi.example.test'
): Promise<TlsFront> {
  const dir = await mkdtemp(join(tmpdir(), 'tls-front-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  await promisify(execFile)('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
    ...['-keyout', keyFile, '-out', certFile, '-subj', `/CN=${host}`],
    ...['-addext', `subjectAltName=DNS:${host}`]
  ])
  const [key, cert] = await Promise.all([readFile(keyFile), readFile(certFile)])
  const upstream = new URL(target)
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const proxy = createServer((_, response) => {
    response.writeHead(502).end('only CONNECT is served')
  })
  proxy.on('connect', (request, client: Socket) => {
    track(client)
    if (request.url !== `${host}:443`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    const secure = new TLSSocket(client, { isServer: true, key, cert })
    const plain = connect(Number(upstream.port), upstream.hostname)
    track(secure)
    track(plain)
    secure.pipe(plain).pipe(secure)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  return {
    url: `https://${host}`,
    env: {
      https_proxy: proxyUrl,
      no_proxy: '127.0.0.1,localhost',
      NODE_EXTRA_CA_CERTS: certFile
    },
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
      await rm(dir, { recursive: true, force: true })
    }
  }
}
