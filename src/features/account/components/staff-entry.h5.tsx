import Taro from '@tarojs/taro'

/** H5: small text link at the bottom of 我的. */
export function StaffEntry() {
  return (
    <p className="account-me__staff">
      <button
        type="button"
        className="gov-link"
        onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/login/index' })}
      >
        工作人员入口
      </button>
    </p>
  )
}
