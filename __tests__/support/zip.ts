import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { crc32, deflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'

const UTF8_NAMES = 0x0800
const DEFLATE = 8
const ZIP_VERSION = 20

/** Builds a deflated zip in memory, the way GitHub serves an artifact's archive. */
export function createZip(files: Record<string, string | Buffer>, modified = new Date()): Buffer {
  const { time, date } = dosDateTime(modified)
  const localParts: Buffer[] = []
  const centralParts: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content)
    const compressed = deflateRawSync(data)
    const nameBytes = Buffer.from(name, 'utf8')
    const entry = { nameBytes, crc: crc32(data), compressed, size: data.length, time, date }
    const local = localHeader(entry)
    centralParts.push(centralHeader(entry, offset))
    localParts.push(local, compressed)
    offset += local.length + compressed.length
  }
  const central = Buffer.concat(centralParts)
  return Buffer.concat([
    ...localParts,
    central,
    endOfCentralDirectory(centralParts.length, central.length, offset)
  ])
}

interface ZipEntryFields {
  nameBytes: Buffer
  crc: number
  compressed: Buffer
  size: number
  time: number
  date: number
}

function localHeader(entry: ZipEntryFields): Buffer {
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(ZIP_VERSION, 4)
  header.writeUInt16LE(UTF8_NAMES, 6)
  header.writeUInt16LE(DEFLATE, 8)
  header.writeUInt16LE(entry.time, 10)
  header.writeUInt16LE(entry.date, 12)
  header.writeUInt32LE(entry.crc, 14)
  header.writeUInt32LE(entry.compressed.length, 18)
  header.writeUInt32LE(entry.size, 22)
  header.writeUInt16LE(entry.nameBytes.length, 26)
  return Buffer.concat([header, entry.nameBytes])
}

function centralHeader(entry: ZipEntryFields, localOffset: number): Buffer {
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(ZIP_VERSION, 4)
  header.writeUInt16LE(ZIP_VERSION, 6)
  header.writeUInt16LE(UTF8_NAMES, 8)
  header.writeUInt16LE(DEFLATE, 10)
  header.writeUInt16LE(entry.time, 12)
  header.writeUInt16LE(entry.date, 14)
  header.writeUInt32LE(entry.crc, 16)
  header.writeUInt32LE(entry.compressed.length, 20)
  header.writeUInt32LE(entry.size, 24)
  header.writeUInt16LE(entry.nameBytes.length, 28)
  header.writeUInt32LE(localOffset, 42)
  return Buffer.concat([header, entry.nameBytes])
}

function endOfCentralDirectory(
  entries: number,
  centralSize: number,
  centralOffset: number
): Buffer {
  const record = Buffer.alloc(22)
  record.writeUInt32LE(0x06054b50, 0)
  record.writeUInt16LE(entries, 8)
  record.writeUInt16LE(entries, 10)
  record.writeUInt32LE(centralSize, 12)
  record.writeUInt32LE(centralOffset, 16)
  return record
}

function dosDateTime(moment: Date): { time: number; date: number } {
  const time = (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1)
  const date =
    ((moment.getFullYear() - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate()
  return { time, date }
}

function openZip(zip: string | Buffer): Promise<yauzl.ZipFile> {
  return typeof zip === 'string' ? yauzl.openPromise(zip) : yauzl.fromBufferPromise(zip)
}

const isDirectory = (entry: yauzl.Entry): boolean => entry.fileName.endsWith('/')

/** Every file entry of a zip (path or bytes) with its content; for small archives. */
export async function readZipEntries(zip: string | Buffer): Promise<Map<string, Buffer>> {
  const zipFile = await openZip(zip)
  const entries = new Map<string, Buffer>()
  for await (const entry of zipFile.eachEntry()) {
    if (isDirectory(entry)) continue
    const chunks: Buffer[] = []
    for await (const chunk of await zipFile.openReadStreamPromise(entry))
      chunks.push(chunk as Buffer)
    entries.set(entry.fileName, Buffer.concat(chunks))
  }
  return entries
}

/** How each file entry is stored: 0 stored as it is, 8 deflated. */
export async function zipCompressionMethods(zip: string | Buffer): Promise<Map<string, number>> {
  const zipFile = await openZip(zip)
  const methods = new Map<string, number>()
  for await (const entry of zipFile.eachEntry()) {
    if (!isDirectory(entry)) methods.set(entry.fileName, entry.compressionMethod)
  }
  return methods
}

/** The decompressed content of one entry as a stream, for entries too large to hold in memory. */
export async function zipEntryStream(zip: string | Buffer, entryName: string): Promise<Readable> {
  const zipFile = await openZip(zip)
  for await (const entry of zipFile.eachEntry()) {
    if (entry.fileName === entryName) return zipFile.openReadStreamPromise(entry)
  }
  throw new Error(`zip has no entry ${entryName}`)
}

export async function zipEntrySha256(zip: string | Buffer, entryName: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of await zipEntryStream(zip, entryName)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
