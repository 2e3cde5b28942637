import crypto from 'node:crypto'

/**
 * The verifiable 抽签 (issue #11 item 6), as pure functions anyone can rerun from the published facts.
 *
 * 1. Before registration opens the event publishes `commitment = SHA-256(secret)`; the secret is 32 random bytes
 *    (64 hex characters) known only to the server.
 * 2. At close the list of entries is frozen and published (one line per party: reference, masked name, party size,
 *    in reference order); `listHash = SHA-256(lines joined by "\n")` is shown beside it.
 * 3. Staff enter a public random value that did not exist at close (e.g. that evening's 福彩 3D number) with its source.
 * 4. `seed = SHA-256(secret ‖ listHash ‖ publicValue)` (UTF-8 strings concatenated; secret and listHash are fixed
 *    length, so the split is unambiguous); each entry's key is `HMAC-SHA256(seed, ref)`; entries are ordered by key.
 * 5. {@link DRAW_RULE}: walk the order; a party that fits the seats left is selected, a party that does not fit is
 *    skipped (never split) and the walk goes on; everyone not selected goes to the waitlist in the same order.
 *
 * The operator cannot steer the result: the secret was fixed (committed) before anyone registered, the list was
 * fixed before the public value existed, and nobody knew the public value in advance.
 */
export const DRAW_RULE =
  '按公式计算每组报名的排序值并从小到大排列，依次安排：一组的人数不超过剩余名额即中签；超过剩余名额的一组整组跳过（同行人员不拆分），继续看下一组，直到名额用完或名单看完。未中签的各组按同一顺序进入候补。'

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex')

/** A new draw secret (64 hex characters). */
export function newDrawSecret(): string {
  return crypto.randomBytes(32).toString('hex')
}

/** `SHA-256(secret)`: published before registration opens. */
export function drawCommitment(secret: string): string {
  return sha256(secret)
}

/** One entry of the frozen list. */
export interface DrawEntry {
  /** The registration reference (KF…), the value the HMAC orders by. */
  ref: string
  /** Masked name of the registrant, as published. */
  maskedName: string
  partySize: number
}

/** The published line of an entry: `KF12345678 张*明 2`. */
export function drawListLine(entry: DrawEntry): string {
  return `${entry.ref} ${entry.maskedName} ${entry.partySize}`
}

/** SHA-256 of the published list (entries in ref order, one line each, joined by "\n"). */
export function drawListHash(entries: readonly DrawEntry[]): string {
  const lines = [...entries].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)).map(drawListLine)
  return sha256(lines.join('\n'))
}

/** `seed = SHA-256(secret ‖ listHash ‖ publicValue)`. */
export function drawSeed(secret: string, listHash: string, publicValue: string): string {
  return sha256(`${secret}${listHash}${publicValue}`)
}

/** `HMAC-SHA256(seed, ref)` as hex: the entry's place in the order (smaller first). */
export function drawKey(seed: string, ref: string): string {
  return crypto.createHmac('sha256', seed).update(ref, 'utf8').digest('hex')
}

/** The result of a draw. */
export interface DrawResult {
  seed: string
  /** Every entry in draw order with its key. */
  order: { ref: string; key: string; partySize: number }[]
  selected: string[]
  /** Not selected, in draw order: they go to the waitlist. */
  waitlisted: string[]
}

/**
 * Runs the draw for `seats` public seats. Throws when the secret does not match the commitment (the published
 * facts would not verify).
 */
export function runDraw(input: {
  commitment: string
  secret: string
  entries: readonly DrawEntry[]
  publicValue: string
  seats: number
}): DrawResult {
  if (drawCommitment(input.secret) !== input.commitment) throw new Error('draw secret does not match the commitment')
  const seed = drawSeed(input.secret, drawListHash(input.entries), input.publicValue)
  const order = input.entries
    .map((e) => ({ ref: e.ref, key: drawKey(seed, e.ref), partySize: e.partySize }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.ref < b.ref ? -1 : 1))
  let left = input.seats
  const selected: string[] = []
  const waitlisted: string[] = []
  for (const entry of order) {
    if (entry.partySize <= left) {
      selected.push(entry.ref)
      left -= entry.partySize
    } else waitlisted.push(entry.ref)
  }
  return { seed, order, selected, waitlisted }
}
