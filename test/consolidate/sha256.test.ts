import * as crypto from 'crypto';
import { sha256Hex } from '../../src/consolidate/sha256';

describe('SHA-256 in plain JavaScript (for the browser task pane)', () => {
  test('FIPS 180-4 test vectors', () => {
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('agrees with Node crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n < 300; n++) {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = (i * 31 + n) & 0xff;
      expect(sha256Hex(bytes)).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    }
    const big = crypto.randomBytes(200_003);
    expect(sha256Hex(new Uint8Array(big))).toBe(crypto.createHash('sha256').update(big).digest('hex'));
  });
});
