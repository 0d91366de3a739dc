/**
 * Bytes of a saved page to text, the way a browser would pick the encoding,
 * but more forgiving: browsers only look for <meta charset> in the first
 * 1024 bytes, and saved pages often declare it later, after a big script.
 * Order: byte-order mark, a declared charset anywhere in the head, valid
 * UTF-8, then windows-1252 (the web's legacy default).
 */

const HEAD_BYTES = 64 * 1024;

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: fall through to guessing
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset of a <meta charset> or http-equiv Content-Type declaration before </head>. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const end = head.search(/<\/head\s*>/i);
  const scope = end >= 0 ? head.slice(0, end) : head;
  for (const meta of scope.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (charset) return charset.toLowerCase();
  }
  return null;
}
