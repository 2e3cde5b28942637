/** One number to dial and its button text, which is also its accessible name and always shows the number. */
export interface PhoneDial {
  /** Digits and dashes only, e.g. "0514-12345": what `tel:` / `makePhoneCall` get. */
  number: string
  /** The label, with the number added when the label does not show it: "咨询电话 0514-12345". */
  text: string
}

/** A phone value taken apart: the numbers that can be dialled and the words around them. */
export interface PhoneParts {
  dials: PhoneDial[]
  /** What is left once the numbers are taken out, e.g. "（转市不动产登记中心）"; '' when nothing. */
  note: string
}

/** A run of digits (dashes allowed inside), optionally right after 转 (an extension, not a number of its own). */
const NUMBER = /(转?)(\d[\d-]*\d)/g
/** Separators between two numbers ("0514-87654321 / 12345"), trimmed from the ends of the note. */
const EDGE_SEPARATORS = /^[\s/、,，;；或]+|[\s/、,，;；或]+$/g

/**
 * Splits a phone value as guides give it — "12345", "0514-12345（转市不动产登记中心）", "0514-87654321 / 12345" — into
 * the numbers to dial and the note to show beside them. `label` is the button text ("咨询电话", "拨打 12345 热线").
 */
export function splitPhone(phone: string, label: string): PhoneParts {
  const dials: PhoneDial[] = []
  const rest = phone.replace(NUMBER, (whole, extension: string, number: string) => {
    if (extension) return whole
    dials.push({ number, text: label.includes(number) ? label : `${label} ${number}` })
    return ' '
  })
  return { dials, note: rest.replace(/\s+/g, ' ').replace(EDGE_SEPARATORS, '') }
}
