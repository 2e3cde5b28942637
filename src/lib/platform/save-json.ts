/**
 * Where the resident's data went: a downloaded file (H5); on weapp a file sent to the WeChat chat they chose
 * (`shared`, e.g. 文件传输助手), or nowhere because they closed the chat picker (`not-shared`).
 */
export type SaveJsonResult = 'downloaded' | 'shared' | 'not-shared'

/**
 * Hands a JSON document to the resident as the file `fileName`. H5: a download. weapp: the file is written to the
 * mini-program's own user folder and sent with WeChat's 发送给朋友 (a mini-program cannot save files where users can
 * find them, and the clipboard would expose the unmasked data to every app); the folder copy is removed afterwards.
 */
export declare function saveJson(fileName: string, data: unknown): Promise<SaveJsonResult>
