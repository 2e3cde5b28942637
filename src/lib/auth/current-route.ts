/**
 * The route of the page on top, with its query, e.g. `/packages/guide/pages/item/index?code=…`.
 * Platform files: on weapp the page stack knows the query; on H5 Taro's page objects do not carry it, the URL does.
 */
export declare function currentRoute(): string
