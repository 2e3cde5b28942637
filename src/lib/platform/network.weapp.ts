import Taro from '@tarojs/taro'

/** weapp: `Taro.onNetworkStatusChange`, firing when `isConnected` turns true. */
export function onNetworkBack(listener: () => void): () => void {
  const handler = (res: { isConnected: boolean }) => {
    if (res.isConnected) listener()
  }
  Taro.onNetworkStatusChange(handler)
  return () => Taro.offNetworkStatusChange?.(handler)
}
