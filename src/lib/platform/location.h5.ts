import type { PickedLocation } from './location'

/** H5: the browser's current position (the browser asks the resident first). */
export function pickLocation(): Promise<PickedLocation | null> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new Error('当前浏览器不支持定位，请填写详细地址'))
      return
    }
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve({ lat: pos.coords.latitude, lng: pos.coords.longitude }),
      (err) =>
        reject(new Error(err.code === 1 ? '您未允许使用位置信息，请填写详细地址' : '暂时无法获取位置，请填写详细地址')),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    )
  })
}
