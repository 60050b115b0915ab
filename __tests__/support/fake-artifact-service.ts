import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

export { readZipEntries, zipEntrySha256, zipEntryStream } from './zip.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
// Azure's path style for an IP host: /<account>/<container>/<blob>.
const BLOB_PREFIX = '/devstoreaccount1/actions-results/'
const DAY_MS = 24 * 60 * 60 * 1000

export interface FakeArtifactServiceOptions {
  /**
   * Answer CreateArtifact with this HTTP status and a Twirp error body. The library fails at once
   * on a 4xx but retries a 429/5xx for about 25 s.
   */
  failCreateWith?: number
  /** Refuse a second artifact of the same name in the run with 409, as the real service does. Default true. */
  conflictOnDuplicateName?: boolean
}

export interface UploadedArtifact {
  id: string
  name: string
  /** The assembled zip; it lives until stop(). */
  zipPath: string
  size: number
  expiresAt?: string
  retentionDays?: number
  finalized: boolean
  /** `sha256:<hex>` as the client sent it at finalize. */
  hash?: string
}

export interface FakeArtifactService {
  url: string
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for the action's environment. */
  env: Record<string, string>
  artifacts: UploadedArtifact[]
  stop(): Promise<void>
}

interface PendingBlob {
  artifact: UploadedArtifact
  blockDir: string
  committed: { size: number; sha256: string } | undefined
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * A loopback stand-in for the Actions results service and its blob storage: enough for the real
 * @actions/artifact uploadArtifact. Blocks go to disk, so huge uploads keep memory flat.
 */
export async function startFakeArtifactService(
  options: FakeArtifactServiceOptions = {}
): Promise<FakeArtifactService> {
  const storageDir = await mkdtemp(path.join(os.tmpdir(), 'fake-artifact-service-'))
  const backend = { run: randomUUID(), job: randomUUID() }
  const token = unsignedJwt({
    scp: `Actions.ExampleScope Actions.Results:${backend.run}:${backend.job}`
  })
  const signature = randomBytes(24).toString('base64url')
  const artifacts: UploadedArtifact[] = []
  const blobs = new Map<string, PendingBlob>()
  let nextArtifactId = 1_800_000_001

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const failure =
        error instanceof HttpError ? error : new HttpError(500, 'internal', String(error))
      const isBlob = request.url?.startsWith(BLOB_PREFIX) ?? false
      if (isBlob) sendBlobError(response, failure)
      else sendJson(response, failure.status, { code: failure.code, msg: failure.message })
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestUrl = new URL(request.url ?? '/', url)
    if (request.method === 'POST' && requestUrl.pathname.startsWith(TWIRP_PREFIX)) {
      const method = requestUrl.pathname.slice(TWIRP_PREFIX.length)
      sendJson(response, 200, await twirp(method, request))
    } else if (request.method === 'PUT' && requestUrl.pathname.startsWith(BLOB_PREFIX)) {
      await putBlob(requestUrl, request)
      response.writeHead(201, {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2025-05-05',
        'last-modified': new Date().toUTCString(),
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`
      })
      response.end()
    } else {
      throw new HttpError(
        404,
        'bad_route',
        `no handler for ${request.method} ${requestUrl.pathname}`
      )
    }
  }

  async function twirp(method: string, request: IncomingMessage): Promise<object> {
    if (request.headers.authorization !== `Bearer ${token}`) {
      throw new HttpError(401, 'unauthenticated', 'invalid or missing bearer token')
    }
    const body = JSON.parse((await readBody(request)).toString('utf8')) as Record<string, unknown>
    if (
      body.workflow_run_backend_id !== backend.run ||
      body.workflow_job_run_backend_id !== backend.job
    ) {
      throw new HttpError(403, 'permission_denied', 'backend IDs do not match the token')
    }
    if (method === 'CreateArtifact') return createArtifact(body)
    if (method === 'FinalizeArtifact') return finalizeArtifact(body)
    throw new HttpError(404, 'bad_route', `no handler for ${method}`)
  }

  async function createArtifact(body: Record<string, unknown>): Promise<object> {
    if (options.failCreateWith) {
      throw new HttpError(
        options.failCreateWith,
        'unavailable',
        'CreateArtifact refused by the test'
      )
    }
    const name = String(body.name ?? '')
    if (!name) throw new HttpError(400, 'invalid_argument', 'name is required')
    if ((options.conflictOnDuplicateName ?? true) && artifacts.some((a) => a.name === name)) {
      throw new HttpError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run'
      )
    }
    const blobId = randomUUID()
    const blockDir = path.join(storageDir, blobId)
    await mkdir(blockDir)
    const artifact: UploadedArtifact = {
      id: String(nextArtifactId++),
      name,
      zipPath: path.join(storageDir, `${blobId}.zip`),
      size: 0,
      finalized: false,
      ...retention(body.expires_at)
    }
    artifacts.push(artifact)
    blobs.set(blobId, { artifact, blockDir, committed: undefined })
    const expiry = new Date(Date.now() + DAY_MS).toISOString()
    const query = `sv=2025-05-05&se=${encodeURIComponent(expiry)}&sr=b&sp=cw&sig=${signature}`
    return { ok: true, signed_upload_url: `${url}${BLOB_PREFIX}${blobId}.zip?${query}` }
  }

  function finalizeArtifact(body: Record<string, unknown>): object {
    const pending = [...blobs.values()].find(
      (blob) => blob.artifact.name === body.name && !blob.artifact.finalized
    )
    if (!pending) {
      throw new HttpError(404, 'not_found', `no artifact ${String(body.name)} to finalize`)
    }
    if (!pending.committed) {
      throw new HttpError(400, 'failed_precondition', 'the blob was never committed')
    }
    if (Number(body.size) !== pending.committed.size) {
      throw new HttpError(
        400,
        'invalid_argument',
        `size ${String(body.size)} is not the uploaded ${pending.committed.size}`
      )
    }
    if (body.hash !== undefined && body.hash !== `sha256:${pending.committed.sha256}`) {
      throw new HttpError(
        400,
        'invalid_argument',
        `hash ${String(body.hash)} does not match the upload`
      )
    }
    Object.assign(pending.artifact, {
      finalized: true,
      size: pending.committed.size,
      hash: body.hash as string | undefined
    })
    return { ok: true, artifact_id: pending.artifact.id }
  }

  async function putBlob(requestUrl: URL, request: IncomingMessage): Promise<void> {
    if (requestUrl.searchParams.get('sig') !== signature) {
      throw new HttpError(403, 'AuthenticationFailed', 'Signature did not match.')
    }
    const blobId = path.basename(requestUrl.pathname.slice(BLOB_PREFIX.length), '.zip')
    const blob = blobs.get(blobId)
    if (!blob) throw new HttpError(404, 'BlobNotFound', 'The specified blob does not exist.')
    const comp = requestUrl.searchParams.get('comp')
    const blockId = requestUrl.searchParams.get('blockid')
    if (comp === 'block' && blockId) {
      await pipeline(request, createWriteStream(blockPath(blob, blockId)))
    } else if (comp === 'blocklist') {
      const ids = [
        ...(await readBody(request))
          .toString('utf8')
          .matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)</g)
      ]
      blob.committed = await assembleBlocks(
        blob,
        ids.map((match) => match[1])
      )
    } else {
      throw new HttpError(400, 'InvalidQueryParameterValue', `unsupported blob operation ${comp}`)
    }
  }

  return {
    url,
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${url}/` },
    artifacts,
    async stop() {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
      await rm(storageDir, { recursive: true, force: true })
    }
  }
}

function blockPath(blob: PendingBlob, blockId: string): string {
  return path.join(blob.blockDir, Buffer.from(blockId).toString('hex'))
}

async function assembleBlocks(
  blob: PendingBlob,
  blockIds: string[]
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  const zip = createWriteStream(blob.artifact.zipPath)
  let size = 0
  try {
    for (const blockId of blockIds) {
      for await (const chunk of createReadStream(blockPath(blob, blockId))) {
        hash.update(chunk as Buffer)
        size += (chunk as Buffer).length
        if (!zip.write(chunk)) await once(zip, 'drain')
      }
    }
  } catch {
    throw new HttpError(400, 'InvalidBlockList', 'The specified block list is invalid.')
  } finally {
    zip.end()
    await once(zip, 'close')
  }
  await rm(blob.blockDir, { recursive: true, force: true })
  return { size, sha256: hash.digest('hex') }
}

function retention(expiresAt: unknown): Pick<UploadedArtifact, 'expiresAt' | 'retentionDays'> {
  if (typeof expiresAt !== 'string') return {}
  return { expiresAt, retentionDays: Math.round((Date.parse(expiresAt) - Date.now()) / DAY_MS) }
}

function unsignedJwt(payload: object): string {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url')
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode(payload)}.`
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function sendJson(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

function sendBlobError(response: ServerResponse, error: HttpError): void {
  response.writeHead(error.status, {
    'content-type': 'application/xml',
    'x-ms-error-code': error.code
  })
  response.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${error.message}</Message></Error>`
  )
}
