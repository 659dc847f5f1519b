import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type AnswerEncoding = 'br' | 'gzip' | 'identity';

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * Brotli quality 4 and gzip level 6: a 500 kB trend answer compresses in 1–4 ms to a tenth or
 * less; higher brotli qualities take tens to hundreds of ms for a few per cent less.
 */
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

/**
 * One whole GraphQL answer as the server sent it (the bytes Apollo serialized), with compressed
 * copies made on first demand — in libuv's thread pool, off the event loop — and kept beside it.
 */
export class CachedAnswer {
  private readonly encoded = new Map<Exclude<AnswerEncoding, 'identity'>, Promise<Buffer>>();

  constructor(
    readonly body: Buffer,
    /** The change-log generation before the answer's data was read. */
    public generation: number,
    /** The answer reads queue roll-up days starting before this instant only (null: anything). */
    readonly readsBefore: number | null,
    /** Epoch ms after which it is not served (bounds what this instance cannot see). */
    readonly expiresAt: number,
  ) {}

  bytes(encoding: AnswerEncoding): Promise<Buffer> | Buffer {
    if (encoding === 'identity') return this.body;
    let copy = this.encoded.get(encoding);
    if (!copy) {
      copy =
        encoding === 'br'
          ? compressBrotli(this.body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length,
              },
            })
          : compressGzip(this.body, { level: GZIP_LEVEL });
      this.encoded.set(encoding, copy);
    }
    return copy;
  }
}
