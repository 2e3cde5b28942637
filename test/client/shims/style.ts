// Stylesheets have no effect in jsdom.
export default {}
