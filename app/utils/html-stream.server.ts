import { Transform } from 'node:stream'

// React 18.3's streaming renderer pads a chunk with NUL bytes when a multi-byte character
// (ë, ú) does not fit at the end of its 2 KB buffer (facebook/react#31134), so Dutch
// names could come out as "Cliëntenraad \0\0…". NUL never belongs in HTML: drop it.
export function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk)
    },
  })
}
