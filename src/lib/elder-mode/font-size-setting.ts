/**
 * The user's system/WeChat font size in px as WeChat reports it, or `undefined` where it is not known
 * (H5: browsers do not tell). Platform files: `font-size-setting.weapp.ts`, `font-size-setting.h5.ts`.
 */
export declare function readFontSizeSetting(): number | undefined
