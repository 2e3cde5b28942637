// weapp: no platform-only styles.
export {}
