/** A point the resident picked, WGS-84 (H5 geolocation) or GCJ-02 (WeChat map); `name` when the map gives one. */
export interface PickedLocation {
  lat: number
  lng: number
  name?: string
}

/**
 * Asks for a map point. Platform files: weapp opens WeChat's map (`Taro.chooseLocation`); H5 asks the browser for
 * its position (`navigator.geolocation`). Resolves `null` when the resident cancels; rejects with a Chinese
 * message when location is unavailable or refused.
 */
export declare function pickLocation(): Promise<PickedLocation | null>
