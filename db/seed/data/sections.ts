import type { SeedSection } from "./types";

/**
 * The outline of a province report (docs/domain.md §9, seed 000). Titles of I take the period after
 * them. Seed 000 stops after 3.6; the sections of văn hóa - xã hội, môi trường, quốc phòng -
 * an ninh and cải cách hành chính, chuyển đổi số follow the fields the other seeds write about.
 */
export const sections: SeedSection[] = [
  { code: "I", title: "Tình hình kinh tế - xã hội", order: 1 },
  { code: "I.1", parent: "I", title: "Công tác chỉ đạo, điều hành", order: 1 },
  { code: "I.2", parent: "I", title: "Thực hiện các chương trình phục hồi, phát triển kinh tế - xã hội", order: 2 },
  { code: "I.3", parent: "I", title: "Về phát triển kinh tế", order: 3 },
  { code: "I.3.1", parent: "I.3", title: "Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới", order: 1 },
  { code: "I.3.2", parent: "I.3", title: "Phát triển kinh tế cửa khẩu", order: 2 },
  { code: "I.3.3", parent: "I.3", title: "Sản xuất công nghiệp; thương mại, dịch vụ và du lịch", order: 3 },
  { code: "I.3.4", parent: "I.3", title: "Đầu tư xây dựng kết cấu hạ tầng và công tác quy hoạch", order: 4 },
  { code: "I.3.5", parent: "I.3", title: "Phát triển doanh nghiệp, thu hút đầu tư", order: 5 },
  { code: "I.3.6", parent: "I.3", title: "Quản lý, điều hành ngân sách nhà nước", order: 6 },
  { code: "I.4", parent: "I", title: "Về văn hóa - xã hội", order: 4 },
  { code: "I.4.1", parent: "I.4", title: "Giáo dục và đào tạo", order: 1 },
  { code: "I.4.2", parent: "I.4", title: "Y tế, chăm sóc sức khỏe Nhân dân", order: 2 },
  { code: "I.4.3", parent: "I.4", title: "Văn hóa, thể thao", order: 3 },
  { code: "I.4.4", parent: "I.4", title: "Lao động, việc làm và an sinh xã hội", order: 4 },
  { code: "I.5", parent: "I", title: "Về tài nguyên và môi trường", order: 5 },
  { code: "I.6", parent: "I", title: "Về quốc phòng, an ninh và đối ngoại", order: 6 },
  { code: "I.7", parent: "I", title: "Về cải cách hành chính, chuyển đổi số", order: 7 },
  { code: "II", title: "Khó khăn, hạn chế", order: 2, narrativeOnly: true },
  { code: "III", title: "Nhiệm vụ, giải pháp trọng tâm thời gian tới", order: 3, narrativeOnly: true },
];
