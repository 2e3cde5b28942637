/** Props of {@link LoginPanel}. */
export interface LoginPanelProps {
  /** Called once the session is stored. */
  onLoggedIn: () => void
}

/**
 * The resident's way in. H5: phone + SMS code form; weapp: 微信一键登录. Both require consent to the privacy notice
 * and send its current version with the login, so the server records the consent with the session. Platform files
 * beside this one.
 */
export declare function LoginPanel(props: LoginPanelProps): JSX.Element
