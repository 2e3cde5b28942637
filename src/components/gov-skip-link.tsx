/** Props of {@link GovSkipLink}. */
export interface GovSkipLinkProps {
  targetId: string
}

/** "跳到主要内容" for keyboard users (H5); nothing on weapp. Platform files beside this one. */
export declare function GovSkipLink(props: GovSkipLinkProps): JSX.Element | null
