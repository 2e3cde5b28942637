let pending = false

/** 首页's search entry: ask the 办事 tab to put the cursor in its search box when it shows. */
export function requestSearchFocus(): void {
  pending = true
}

/** Whether focus was asked for since the last call (the 办事 tab calls this when it shows). */
export function consumeSearchFocus(): boolean {
  const was = pending
  pending = false
  return was
}
