/**
 * The part of pako 1.x (the deflate library JSZip and therefore ExcelJS use) that the preflight needs:
 * raw inflate, fed at once, handing the output over chunk by chunk. pako ships no type declarations.
 */
declare module 'pako/lib/inflate' {
  export interface InflateOptions {
    /** Raw deflate data (no zlib header), as in zip entries. */
    raw?: boolean;
    /** Size of the chunks handed to `onData` (bytes). */
    chunkSize?: number;
  }
  export class Inflate {
    constructor(options?: InflateOptions);
    /** 0 when all is well, else a zlib status code. */
    err: number;
    /** zlib's message for `err`. */
    msg: string;
    /** Called with each chunk of output; an exception thrown here stops `push`. */
    onData(chunk: Uint8Array): void;
    /** Inflate `data`; `true` marks the last input. Returns false on error (see `err`, `msg`). */
    push(data: Uint8Array, last: boolean): boolean;
  }
}
