/** weapp: pages have no address; the share path carries the query (see the 办事 page's share card). */
export function replacePageQuery(_path: string, _queryString: string): void {}
