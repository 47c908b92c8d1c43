/** The headline cards of the leader dashboard, by indicator code. */
export const HEADLINE_CODES = ["grdp", "thu_ns", "knxnk", "dtc.giai_ngan", "du_lich.khach", "dn.moi"] as const;
