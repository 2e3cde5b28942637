import Taro from '@tarojs/taro'
import './home.scss'

/** Props of {@link HomeHeader}. */
export interface HomeHeaderProps {
  /** What the search entry does; by default it opens the 办事 tab. */
  onSearch?: () => void
}

/** The red service banner of 首页 with the search entry (the search itself lives on the 办事 tab). */
export function HomeHeader({ onSearch }: HomeHeaderProps = {}) {
  return (
    <header className="home-header">
      <p className="home-header__name">扬州政务服务</p>
      <p className="home-header__slogan">扬州市人民政府 · 让群众少跑腿、好办事</p>
      <button
        type="button"
        className="home-header__search"
        onClick={onSearch ?? (() => void Taro.switchTab({ url: '/pages/services/index' }))}
      >
        <span aria-hidden="true" className="home-header__search-icon">
          ⌕
        </span>
        搜索办事事项，如“社保卡”“居住证”
      </button>
    </header>
  )
}
