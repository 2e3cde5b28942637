/**
 * A fresh key for the `Idempotency-Key` header of a creating request. Keep the same key when retrying the same
 * submission (a resident tapping 提交 twice, a timeout then a retry) so the server returns the first result instead
 * of creating a second row.
 */
export function idempotencyKey(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID()
  // weapp has no crypto.randomUUID: a v4-shaped id from Math.random is unique enough for de-duplication.
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`
}
