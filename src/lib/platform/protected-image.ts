/** Whose token fetches the image: the resident's own photos, or staff looking at a ticket. */
export type ImageViewer = 'resident' | 'staff'

/**
 * Turns an API image path that needs the bearer token (e.g. `/api/uploads/<id>`) into something an image element can
 * show: H5 fetches it through the axios instance as a blob and returns an object URL; weapp downloads it with the
 * header (`Taro.downloadFile`) and returns the temp file path. Platform files.
 * @see ../../../docs/api-hotline.md — uploads are served only to their owner and the ticket's department.
 */
export declare function loadProtectedImage(path: string, viewer?: ImageViewer): Promise<string>

/** Frees what {@link loadProtectedImage} returned (H5 object URLs; nothing to do on weapp). */
export declare function releaseProtectedImage(src: string): void
