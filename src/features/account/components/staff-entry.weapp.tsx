/** weapp: staff use the H5 site, so the mini-program shows no entry. */
export function StaffEntry() {
  return null
}
