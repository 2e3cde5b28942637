import type { PropsWithChildren } from 'react'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'
import './lib/platform/platform-styles'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
