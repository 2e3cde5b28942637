/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
    /** API origin baked into the client at build time; empty on H5 means same origin. */
    TARO_APP_API_BASE?: string
    TARO_APP_ID?: string
  }
}
