/**
 * Puts the 办事 search into the address of the page, so a copied or shared link reopens the same view.
 * H5: `history.replaceState` (no new history entry per keystroke); weapp: nothing to do — a page has no address
 * bar, and the share card's path carries the query instead. Platform files beside this one.
 */
export declare function replacePageQuery(path: string, queryString: string): void
