/**
 * The JSON text of a decoded header or claim value, for evidence and for comparing with expected values. JSON.parse
 * reads a value nested thousands deep (`{"exp":[[[…]]]}`, ~8,000 levels in a 16 KB token) but JSON.stringify recurses
 * and overflows the stack on it, which threw out of the engine (round "fuzz2"). Such a value is written with what it
 * nests shown as `…`: enough to say what it is, and no one's expected issuer or audience.
 */
export function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return JSON.stringify(value, (key, v: unknown) => (key !== '' && v !== null && typeof v === 'object' ? '…' : v));
  }
}
