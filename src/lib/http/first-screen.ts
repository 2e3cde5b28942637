/**
 * The answer the server embedded in the H5 page for this GET (types/first-screen.ts), once; `undefined` when there
 * is none. Platform files: H5 reads the page's `<script type="application/json">`; weapp has no page HTML and never
 * has one.
 */
export declare function takeFirstScreen(url: string): { data: unknown } | undefined
