import type { PropsWithChildren } from 'react'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'
import './lib/platform/platform-styles'
// Each feature registers the page its subjects open (消息 and 办事记录 open them by kind + id).
import './features/hotline/model/subjects'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
