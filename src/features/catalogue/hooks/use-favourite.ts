import { useCallback, useEffect, useState } from 'react'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { getFavourites } from '../api/get-favourites'
import { setFavourite } from '../api/set-favourite'
import { guideUrl } from '../model/routes'

/** State of {@link useFavourite}. */
export interface FavouriteState {
  /** `undefined` while unknown (logged out, or still asking). */
  saved: boolean | undefined
  busy: boolean
  /** Chinese text after a failed toggle. */
  error: string | undefined
  /** Saves or unsaves; logged out, it goes to login and comes back to this page. */
  toggle(): void
}

/** Whether the resident saved this item, and the 收藏 button's action (PUT / DELETE /api/me/favourites/:code). */
export function useFavourite(implCode: string | undefined): FavouriteState {
  const session = useSession()
  const [saved, setSaved] = useState<boolean>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const loggedIn = !!session

  useEffect(() => {
    if (!loggedIn || !implCode) {
      setSaved(undefined)
      return
    }
    let live = true
    getFavourites().then(
      (res) => live && setSaved(res.items.some((item) => item.implCode === implCode)),
      () => live && setSaved(false),
    )
    return () => {
      live = false
    }
  }, [loggedIn, implCode])

  const toggle = useCallback(() => {
    if (!implCode || busy) return
    if (!loggedIn) {
      // The guide's own address, query included: H5's page stack does not keep the query for currentRoute().
      goToLogin(undefined, guideUrl(implCode))
      return
    }
    const next = !saved
    setBusy(true)
    setError(undefined)
    setFavourite(implCode, next).then(
      () => {
        setSaved(next)
        setBusy(false)
      },
      (reason: unknown) => {
        setBusy(false)
        setError(reason instanceof Error ? reason.message : '操作失败，请稍后重试')
      },
    )
  }, [implCode, busy, loggedIn, saved])

  return { saved, busy, error, toggle }
}
