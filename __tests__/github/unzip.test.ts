import { describe, expect, it } from '@jest/globals'
import { readCappedEntry } from '../../src/github/unzip.js'
import { createZip } from '../support/zip.js'

describe('one file out of a zip, under a cap', () => {
  it('reads the named file', async () => {
    const zip = createZip({ 'other.txt': 'x', 'history.json': '{"a":1}' })

    await expect(readCappedEntry(zip, 'history.json', 100)).resolves.toBe('{"a":1}')
  })

  it('refuses a file that unpacks beyond the cap, before unpacking it', async () => {
    const zip = createZip({ 'history.json': ' '.repeat(10_000) })
    expect(zip.length).toBeLessThan(1000)

    await expect(readCappedEntry(zip, 'history.json', 9_999)).rejects.toThrow(
      'history.json unpacks to 10000 bytes, more than 9999'
    )
  })

  it('says when the file is not there, and when the bytes are no zip', async () => {
    await expect(readCappedEntry(createZip({ 'a.txt': 'x' }), 'history.json', 100)).rejects.toThrow(
      'the zip holds no history.json'
    )
    await expect(readCappedEntry(Buffer.from('not a zip'), 'history.json', 100)).rejects.toThrow()
  })
})
