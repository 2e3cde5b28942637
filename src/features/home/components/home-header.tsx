import Taro from '@tarojs/taro'
import './home.scss'

/** The red service banner of 首页 with the search entry (search itself arrives with 办事, so it opens that tab). */
export function HomeHeader() {
  return (
    <header className="home-header">
      <p className="home-header__name">扬州政务服务</p>
      <p className="home-header__slogan">扬州市人民政府 · 让群众少跑腿、好办事</p>
      <button
        type="button"
        className="home-header__search"
        onClick={() => void Taro.switchTab({ url: '/pages/services/index' })}
      >
        <span aria-hidden="true" className="home-header__search-icon">
          ⌕
        </span>
        搜索办事事项，如“社保卡”“居住证”
      </button>
    </header>
  )
}
