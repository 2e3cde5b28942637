/**
 * The catalogue's API shapes, from the server's schemas (types/catalogue.ts, docs/api-catalogue.md). Type-only:
 * nothing of TypeBox reaches the client bundles.
 */
import type { Guide, ItemDetail } from '../../../../types/catalogue'

export type {
  Audience,
  CatalogueStats,
  Facets,
  FacetValue,
  Guide,
  HandlingMode,
  ItemDetail,
  ItemLevel,
  ItemSearchResult,
  ItemSummary,
  Place,
  PlacesSummary,
  Segment,
  ThemeDetail,
  ThemeSummary,
} from '../../../../types/catalogue'

/** One 申请材料 of a guide. */
export type Material = Guide['materials'][number]

/** One level where the same item is also handled (三级四同). */
export type SameItemElsewhere = ItemDetail['sameItemElsewhere'][number]
