/** The headline cards of the leader dashboard, by indicator code. */
export const HEADLINE_CODES = ["grdp", "thu_ns", "knxnk", "dtc.giai_ngan", "dl.khach", "dn.moi"] as const;
