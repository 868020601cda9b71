/** Language-independent pieces of time formatting. */
export function isoOf(seconds: number): string {
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return String(seconds);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function splitDuration(seconds: number): { d: number; h: number; m: number; s: number } {
  const total = Math.max(0, Math.round(Math.abs(seconds)));
  return {
    d: Math.floor(total / 86_400),
    h: Math.floor((total % 86_400) / 3600),
    m: Math.floor((total % 3600) / 60),
    s: total % 60,
  };
}
