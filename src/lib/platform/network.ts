/**
 * Calls `listener` when the device gets its network back; returns the unsubscribe function.
 * Platform files: H5 listens to the window's `online` event; weapp to `Taro.onNetworkStatusChange`.
 */
export declare function onNetworkBack(listener: () => void): () => void
