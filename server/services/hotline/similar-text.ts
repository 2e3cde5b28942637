/**
 * Text similarity for "similar tickets" (我也遇到了): Dice coefficient over CJK character bigrams (plus lower-cased
 * Latin/number words). Small and dependency-free; good enough to put three candidates in front of a resident.
 */

/** The bigram set of a text: CJK runs become overlapping character pairs, other runs whole lower-cased words. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>()
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run)
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
  }
  for (const word of text.toLowerCase().match(/[a-z0-9]{2,}/g) ?? []) out.add(word)
  return out
}

/** Dice coefficient 2|A∩B| / (|A|+|B|), 0–1. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const g of a) if (b.has(g)) shared++
  return (2 * shared) / (a.size + b.size)
}
