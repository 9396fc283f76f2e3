/**
 * An answer's body from its text (fetch's `res.text()` or XHR's `responseText`): parsed
 * JSON, the raw text when it is not JSON (a proxy's HTML page), null when empty.
 */
export function readPayload(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
