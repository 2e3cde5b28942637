/** How the resident got their data: a downloaded file (H5) or text on the clipboard (weapp). */
export type SaveJsonResult = 'downloaded' | 'copied'

/**
 * Hands a JSON document to the resident. Platform files: H5 downloads `fileName`; weapp copies the text to the
 * clipboard (a mini-program cannot save arbitrary files where users can find them).
 */
export declare function saveJson(fileName: string, data: unknown): Promise<SaveJsonResult>
