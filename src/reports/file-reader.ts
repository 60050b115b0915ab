/**
 * Whole files read into two buffers taken in turn and kept for the next files: the files of a
 * history are alike in size, so each buffer is allocated once rather than once per file, and the
 * next file is read into one while the other is parsed. Each file is read in one request to the
 * thread pool (readFile asks for a large file in pieces, each waiting for the main thread's next
 * turn, which a parse holds up).
 */
import { open } from 'node:fs/promises'

export class FileReader {
  private readonly buffers: Buffer[] = [Buffer.alloc(0), Buffer.alloc(0)]
  private turn = 0

  /**
   * The file's bytes, valid until the read after next; `size` is what stat said of it (the file
   * may have changed since).
   */
  async read(path: string, size: number): Promise<Buffer> {
    const slot = this.turn
    this.turn = 1 - slot
    if (this.buffers[slot].length <= size) this.buffers[slot] = Buffer.allocUnsafeSlow(size + 1)
    const handle = await open(path, 'r')
    try {
      let length = 0
      for (;;) {
        if (length === this.buffers[slot].length) this.buffers[slot] = grown(this.buffers[slot])
        const buffer = this.buffers[slot]
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length)
        if (bytesRead === 0) return buffer.subarray(0, length)
        length += bytesRead
      }
    } finally {
      await handle.close()
    }
  }
}

function grown(buffer: Buffer): Buffer {
  const larger = Buffer.allocUnsafeSlow(buffer.length * 2)
  buffer.copy(larger)
  return larger
}
