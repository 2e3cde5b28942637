/**
 * Stylesheets that only one platform needs, imported once from app.tsx. Platform files beside this one:
 * H5 adds the desktop layout; weapp adds nothing.
 */
export {}
