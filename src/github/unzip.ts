/** One file out of a zip held in memory, unpacked under a cap: a zip bomb is refused, not unpacked. */
import yauzl from 'yauzl'

/** Entries looked at before giving up: a history zip holds one file. */
const MAX_ENTRIES = 16

export async function readCappedEntry(
  zip: Buffer,
  name: string,
  maxBytes: number
): Promise<string> {
  const zipFile = await yauzl.fromBufferPromise(zip, { validateEntrySizes: true })
  try {
    let seen = 0
    for await (const entry of zipFile.eachEntry()) {
      if (entry.fileName !== name) {
        if (++seen >= MAX_ENTRIES) break
        continue
      }
      if (entry.uncompressedSize > maxBytes) {
        throw new Error(`${name} unpacks to ${entry.uncompressedSize} bytes, more than ${maxBytes}`)
      }
      return await readUpTo(await zipFile.openReadStreamPromise(entry), name, maxBytes)
    }
    throw new Error(`the zip holds no ${name}`)
  } finally {
    zipFile.close()
  }
}

/** yauzl stops at the declared size; counting again keeps the cap even if that check changes. */
async function readUpTo(
  stream: AsyncIterable<Buffer>,
  name: string,
  maxBytes: number
): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    size += chunk.length
    if (size > maxBytes) throw new Error(`${name} unpacks to more than ${maxBytes} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
