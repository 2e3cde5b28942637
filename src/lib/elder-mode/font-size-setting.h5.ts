/** H5: browsers do not expose the system font size; 长辈版 is turned on by hand in 我的. */
export function readFontSizeSetting(): number | undefined {
  return undefined
}
