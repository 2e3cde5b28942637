/** "工作人员入口": a discreet link to the staff login on H5; nothing in the mini-program. Platform files beside this. */
export declare function StaffEntry(): JSX.Element | null
