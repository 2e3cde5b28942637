import axios, { type AxiosAdapter, AxiosHeaders } from 'axios'
import { takeFirstScreen } from './first-screen'

/**
 * H5: axios' own browser adapter, except for a GET the server already answered in the page's HTML (the first
 * screen's data, see types/first-screen.ts): that one is answered from the page, once, without the network.
 */
export const requestAdapter: AxiosAdapter = (config) => {
  if ((config.method ?? 'get').toLowerCase() === 'get') {
    const embedded = takeFirstScreen(axios.getUri(config))
    if (embedded) {
      return Promise.resolve({
        data: embedded.data,
        status: 200,
        statusText: 'OK',
        headers: new AxiosHeaders({ 'content-type': 'application/json' }),
        config,
        request: undefined,
      })
    }
  }
  return axios.getAdapter(axios.defaults.adapter, config)(config)
}

/** H5: empty = same origin (the API server also serves the H5 build). */
export const defaultApiBase = ''
