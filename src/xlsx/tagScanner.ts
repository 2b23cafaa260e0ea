/**
 * A streaming count of XML start tags over raw bytes, fed chunk by chunk as a part is inflated: enough
 * to price a worksheet (cells, rows, merged ranges, validations) before ExcelJS builds it, without
 * decoding the text or building anything. Names are compared by local name on the bytes, so a prefixed
 * `<x:c>` counts like `<c>`, and no string is made for a tag that is not asked for.
 *
 * It over-counts rather than under-counts: a `<c` inside a comment or CDATA section is counted too,
 * which can only make a crafted file look bigger, never a real one smaller.
 */

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
/** Longer names are not any of the elements looked for. */
const MAX_NAME = 64;

/** Scanner states: between tags, inside a tag's name, inside a reported tag's attributes. */
const TEXT = 0;
const NAME = 1;
const ATTRIBUTES = 2;

/** Called for every start tag asked for: its local name, and its attribute text when captured ('' otherwise). */
export type TagHandler = (localName: string, attributes: string) => void;

/** A name asked for, as bytes, and whether its attributes are wanted. */
interface Wanted {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly capture: boolean;
}

function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Bytes as text, one character per byte (attribute values looked at are ASCII), in slices to keep the call stack small. */
function latin1(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.slice(i, i + 8192));
  return out;
}

export class TagScanner {
  private state = TEXT;
  /** The current tag name's bytes (up to MAX_NAME). */
  private readonly name = new Uint8Array(MAX_NAME);
  private nameLength = 0;
  /** Start of the local name (after the last ':') within `name`. */
  private localStart = 0;
  /** The tag being captured, and its attribute bytes so far. */
  private current: Wanted | undefined;
  private attributes: number[] = [];
  private quote = 0;
  private readonly wanted: readonly Wanted[];

  /**
   * @param names local names reported to `onTag` (every other tag is skipped without a call)
   * @param capture those of `names` whose attribute text is collected
   * @param onTag called once per reported start tag, in document order
   */
  constructor(names: readonly string[], capture: readonly string[], private readonly onTag: TagHandler) {
    this.wanted = names.map((name) => ({ name, bytes: asciiBytes(name), capture: capture.indexOf(name) >= 0 }));
  }

  /** Scan the next bytes of the part. */
  push(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.state === TEXT) {
        while (i < n && chunk[i] !== LT) i++;
        if (i === n) return;
        this.state = NAME;
        this.nameLength = 0;
        this.localStart = 0;
        i++;
        continue;
      }
      if (this.state === NAME) {
        const b = chunk[i];
        // A name ends at whitespace, '>' or '/' (end tags, comments and declarations start with '/', '!', '?').
        if (b === GT || b === SLASH || b <= 0x20) {
          this.endName(b);
          continue;
        }
        if (this.nameLength < MAX_NAME) {
          this.name[this.nameLength++] = b;
          if (b === COLON) this.localStart = this.nameLength;
        }
        i++;
        continue;
      }
      // Attributes of a captured tag, up to the '>' that is not inside a quoted value.
      const b = chunk[i++];
      if (this.quote !== 0) {
        if (b === this.quote) this.quote = 0;
      } else if (b === QUOTE || b === APOSTROPHE) {
        this.quote = b;
      } else if (b === GT) {
        this.onTag((this.current as Wanted).name, latin1(this.attributes));
        this.state = TEXT;
        continue;
      }
      this.attributes.push(b);
    }
  }

  /** The wanted name the current tag has, if any. */
  private match(): Wanted | undefined {
    const length = this.nameLength - this.localStart;
    for (const w of this.wanted) {
      if (w.bytes.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = this.name[this.localStart + k] === w.bytes[k];
      if (same) return w;
    }
    return undefined;
  }

  /** The name just ended with byte `b` (not consumed). */
  private endName(b: number): void {
    this.state = TEXT;
    const first = this.name[0];
    // '' (a '</' end tag or '< '), '!…', '?…': not a start tag.
    if (this.nameLength === 0 || first === BANG || first === QUESTION || this.nameLength >= MAX_NAME) return;
    const w = this.match();
    if (!w) return;
    if (w.capture && b !== GT && b !== SLASH) {
      this.state = ATTRIBUTES;
      this.current = w;
      this.attributes = [];
      this.quote = 0;
      return;
    }
    this.onTag(w.name, '');
  }
}

/** One pattern per attribute name asked for (a worksheet asks for the same few thousands of times). */
const ATTRIBUTE_PATTERNS: Record<string, RegExp> = {};

/** The value of attribute `name` (any namespace prefix) in a tag's attribute text, XML entities not decoded. */
export function attributeValue(attributes: string, name: string): string | undefined {
  const re = ATTRIBUTE_PATTERNS[name] || (ATTRIBUTE_PATTERNS[name] = new RegExp(`(?:^|\\s)(?:[A-Za-z0-9_]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`));
  const m = re.exec(attributes);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1] : m[2];
}
