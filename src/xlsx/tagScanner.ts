/**
 * A streaming count of XML start tags over raw bytes, fed chunk by chunk as a part is inflated: enough
 * to price a worksheet (cells, rows, merged ranges, validations) before ExcelJS builds it, without
 * decoding the text or building anything. Names are compared by local name, so a prefixed `<x:c>`
 * counts like `<c>`.
 *
 * It over-counts rather than under-counts: a `<c` inside a comment or CDATA section is counted too,
 * which can only make a crafted file look bigger, never a real one smaller.
 */

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** Longer names are not any of the elements looked for. */
const MAX_NAME = 64;

/** Scanner states: between tags, inside a tag's name, inside a captured tag's attributes. */
const TEXT = 0;
const NAME = 1;
const ATTRIBUTES = 2;

/** Called for every start tag: its local name, and its attribute text when the name is captured ('' otherwise). */
export type TagHandler = (localName: string, attributes: string) => void;

export class TagScanner {
  private state: number = TEXT;
  private name = '';
  private attributes = '';
  private quote = 0;
  private readonly capture: Readonly<Record<string, true>>;

  /**
   * @param capture local names whose attribute text is collected (the others are only counted)
   * @param onTag called once per start tag, in document order
   */
  constructor(capture: readonly string[], private readonly onTag: TagHandler) {
    const set: Record<string, true> = {};
    for (const name of capture) set[name] = true;
    this.capture = set;
  }

  /** Scan the next bytes of the part. */
  push(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.state === TEXT) {
        const at = chunk.indexOf(LT, i);
        if (at < 0) return;
        this.state = NAME;
        this.name = '';
        i = at + 1;
        continue;
      }
      if (this.state === NAME) {
        const b = chunk[i];
        // A name ends at whitespace, '>' or '/' (end tags, comments and declarations start with '/', '!', '?').
        if (b === GT || b === SLASH || b <= 0x20) {
          i = this.endName(b, i);
          continue;
        }
        if (this.name.length < MAX_NAME) this.name += String.fromCharCode(b);
        i++;
        continue;
      }
      // Attributes of a captured tag, up to the '>' that is not inside a quoted value.
      const b = chunk[i];
      if (this.quote !== 0) {
        if (b === this.quote) this.quote = 0;
      } else if (b === QUOTE || b === APOSTROPHE) {
        this.quote = b;
      } else if (b === GT) {
        this.onTag(this.localName(), this.attributes);
        this.state = TEXT;
        i++;
        continue;
      }
      this.attributes += String.fromCharCode(b);
      i++;
    }
  }

  private localName(): string {
    const colon = this.name.lastIndexOf(':');
    return colon >= 0 ? this.name.slice(colon + 1) : this.name;
  }

  /** The name just ended with byte `b` at `i`; returns where to continue. */
  private endName(b: number, i: number): number {
    const first = this.name.charCodeAt(0);
    // '' (a '</' end tag or '< '), '!…', '?…': not a start tag.
    if (this.name === '' || first === 0x21 || first === 0x3f) {
      this.state = TEXT;
      return b === GT ? i + 1 : i;
    }
    const local = this.localName();
    if (this.capture[local] === true && b !== GT && b !== SLASH) {
      this.state = ATTRIBUTES;
      this.attributes = '';
      this.quote = 0;
      return i;
    }
    this.onTag(local, '');
    this.state = TEXT;
    return i;
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
