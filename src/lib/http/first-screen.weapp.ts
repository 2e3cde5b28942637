/** weapp: a mini-program page has no HTML for the server to embed data in. */
export function takeFirstScreen(_url: string): { data: unknown } | undefined {
  return undefined
}
