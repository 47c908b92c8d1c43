import type { SeedNarrative } from "./types";

/**
 * The departments' narratives of the months that close the demo's report periods: June 2023
 * (6 tháng, seed 000 with the difficulties and tasks of seed 004, the Government's working
 * session of May 2023), September 2024 (9 tháng, seed 002 with seed 003's difficulties of
 * 2024) and December 2024 (năm, seed 003). Every sentence is the seeds' own (a clause may
 * start a sentence, with a capital); each text is attributed to the department whose field
 * it is, so that its highlights follow that department's figures in the draft. A department
 * the seeds say nothing about in a month has no narrative then (giáo dục has none at all).
 * One-off facts with figures (projects, rankings, counts of documents) are left to the
 * result items; tests/unit/demo-narratives.test.ts checks every sentence against the seeds.
 */
export const narratives: SeedNarrative[] = [
  // June 2023: 6 tháng đầu năm 2023
  {
    department: "snn",
    year: 2023,
    month: 6,
    source: "000",
    highlights:
      "Sản xuất nông, lâm nghiệp cơ bản đạt kế hoạch, cơ cấu cây trồng có sự chuyển dịch theo hướng tăng diện tích các cây trồng có giá trị kinh tế cao. Nguồn giống, vật tư cơ bản đảm bảo phục vụ sản xuất của Nhân dân; công tác phòng chống dịch bệnh trên cây trồng, vật nuôi được quan tâm kiểm soát, các đối tượng dịch hại có mật độ, tỷ lệ gây hại thấp, phân bố trên diện hẹp, không phát sinh thành dịch. Đàn gia súc, gia cầm phát triển ổn định, không có dịch bệnh lớn xảy ra trên đàn vật nuôi. Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được quan tâm chỉ đạo thực hiện và đạt được kết quả tích cực.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "chq",
    year: 2023,
    month: 6,
    source: "000",
    highlights: "Từ ngày 08/01/2023, Trung Quốc thay đổi chính sách phòng, chống dịch COVID-19, hoạt động xuất nhập khẩu trở nên thuận lợi.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "sct",
    year: 2023,
    month: 6,
    source: "000",
    highlights:
      "Sản xuất công nghiệp trong các tháng đầu năm cơ bản ổn định và tăng trưởng. Đôn đốc đẩy nhanh tiến độ thực hiện, sớm đưa vào vận hành các dự án thủy điện Bản Nhùng, Bản Lải. Hoạt động thương mại diễn ra sôi động, khu vực dịch vụ tiếp tục phục hồi tích cực.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "svhttdl",
    year: 2023,
    month: 6,
    source: "000",
    highlights:
      "Các hoạt động xúc tiến du lịch, giới thiệu tiềm năng, thế mạnh, sản phẩm du lịch của tỉnh được đẩy mạnh thông qua các chương trình thúc đẩy, kích cầu du lịch; lượng khách và doanh thu du lịch tăng cao. Tập trung chuẩn bị hồ sơ đề nghị UNESCO công nhận công viên địa chất toàn cầu Lạng Sơn.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "skhdt",
    year: 2023,
    month: 6,
    source: "000, 004",
    highlights:
      "Môi trường đầu tư kinh doanh tiếp tục được quan tâm, thúc đẩy, quyết liệt tháo gỡ khó khăn, vướng mắc cho doanh nghiệp. Ban hành Hướng dẫn về trình tự, thủ tục thực hiện các dự án đầu tư kinh doanh trên địa bàn tỉnh Lạng Sơn. Công tác lập quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 tiếp tục được triển khai; đã hoàn thành Quy hoạch tỉnh trình Hội đồng thẩm định quy hoạch.",
    difficulties:
      "Lạng Sơn còn nhiều khó khăn trong thực hiện các chương trình phát triển kinh tế - xã hội trọng tâm của tỉnh như: thu hút đầu tư, xây dựng kết cấu hạ tầng kinh tế kỹ thuật, trọng tâm là hạ tầng giao thông, công tác quy hoạch, giải phóng mặt bằng.",
    tasks:
      "Huy động hiệu quả các nguồn lực để đầu tư xây dựng kết cấu hạ tầng, nhất là hạ tầng giao thông, tập trung thực hiện đồng bộ các giải pháp nhằm tháo gỡ các “điểm nghẽn” của địa phương trong phát triển. Tiếp tục chỉ đạo các cơ quan liên quan, chủ đầu tư tập trung đẩy nhanh thi công, giải ngân vốn đầu tư theo kế hoạch.",
  },
  {
    department: "syt",
    year: 2023,
    month: 6,
    source: "000",
    highlights:
      "Tiếp tục triển khai các nhiệm vụ Kế hoạch phòng, chống dịch COVID-19 trên địa bàn tỉnh Lạng Sơn trong thời gian 02 năm (2022 - 2023), thực hiện an toàn trong sản xuất, kinh doanh, thích ứng tốt với các diễn biến phức tạp của dịch bệnh gắn với bảo đảm an sinh xã hội, quốc phòng, an ninh, trật tự an toàn xã hội, đời sống Nhân dân cơ bản ổn định, tỷ lệ tiêm chủng vắc xin được duy trì ở mức cao.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "sldtbxh",
    year: 2023,
    month: 6,
    source: "000",
    highlights: "Các lĩnh vực văn hóa, xã hội, công tác an sinh xã hội được thực hiện tốt.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "stnmt",
    year: 2023,
    month: 6,
    source: "000, 004",
    highlights: "Hoàn thành phê duyệt điều chỉnh Quy hoạch sử dụng đất đến năm 2030, Kế hoạch sử dụng đất năm 2023 của các huyện, thành phố.",
    difficulties:
      "Khó khăn, vướng mắc đã được tỉnh kiến nghị Chính phủ và các bộ giải quyết trong nhiều năm liên quan đến thực hiện công tác đầu tư công, giải phóng mặt bằng, chuyển đổi mục đích sử dụng đất lúa, đất rừng… nhưng vẫn còn tồn đọng chưa được xử lý.",
    tasks: "",
  },
  {
    department: "vpubnd",
    year: 2023,
    month: 6,
    source: "000, 004",
    highlights: "Trật tự an toàn xã hội được bảo đảm, chủ quyền biên giới quốc gia được giữ vững; quan hệ đối ngoại được mở rộng.",
    difficulties: "",
    tasks: "Tiếp tục thực hiện nghiêm túc các chỉ đạo của Trung ương, Chính phủ liên quan đến cơ chế điều hành thực hiện các chương trình phát triển kinh tế - xã hội, quốc phòng an ninh, đối ngoại.",
  },
  {
    department: "snv",
    year: 2023,
    month: 6,
    source: "000, 004",
    highlights:
      "Triển khai mạnh mẽ các nhiệm vụ về cải cách hành chính; các cấp, các ngành tích cực nâng cao kỷ luật, kỷ cương hành chính; cán bộ, công chức phát huy tính chủ động, sáng tạo, đổi mới, kịp thời trong thực hiện nhiệm vụ.",
    difficulties: "",
    tasks: "Thực hiện hiệu quả chương trình cải cách thủ tục hành chính, chuyển đổi số, cải thiện môi trường đầu tư kinh doanh.",
  },

  // September 2024: 9 tháng năm 2024
  {
    department: "snn",
    year: 2024,
    month: 9,
    source: "002, 003",
    highlights:
      "Trong sản xuất nông, lâm nghiệp, chương trình tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới tiếp tục được tổ chức thực hiện có hiệu quả. Diện tích trồng cây lương thực và một số cây trồng có giá trị kinh tế cao có chiều hướng tăng.",
    difficulties:
      "Trong năm 2024, dịch tả lợn Châu phi phát sinh trên địa bàn toàn tỉnh; thời tiết diễn biến phức tạp, nhiều hình thái thiên tai xảy ra, đặc biệt là bão số 3 có cường độ rất mạnh, sức tàn phá lớn, đã tác động, ảnh hưởng đến sự tăng trưởng kinh tế của tỉnh.",
    tasks:
      "Thực hiện đồng bộ, hiệu quả các giải pháp tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới, thúc đẩy phát triển các ngành, nghề gắn với định hướng phát triển kinh tế nông thôn.",
  },
  {
    department: "chq",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "Các nhiệm vụ, giải pháp về phát triển kinh tế cửa khẩu được tập trung triển khai hiệu quả, đồng bộ, tạo động lực thúc đẩy tăng trưởng kinh tế.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "sct",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "Sản xuất công nghiệp; thương mại, dịch vụ và du lịch tiếp tục đà phục hồi.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "skhdt",
    year: 2024,
    month: 9,
    source: "002, 003",
    highlights: "Công tác phát triển doanh nghiệp và thu hút đầu tư đạt kết quả cao. Số lượng doanh nghiệp gia nhập và quay lại thị trường tăng so với cùng kỳ.",
    difficulties: "Thực tế hoạt động của một số doanh nghiệp trên địa bàn tỉnh vẫn gặp nhiều khó khăn. Tiến độ thực hiện một số dự án, kể cả dự án trọng điểm, giải ngân vốn đầu tư công còn chậm.",
    tasks:
      "Xây dựng Chương trình hành động thực hiện kế hoạch triển khai Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 sau khi Thủ tướng Chính phủ phê duyệt kế hoạch. Đẩy nhanh hơn nữa tiến độ thực hiện các Chương trình mục tiêu quốc gia, Chương trình phục hồi và phát triển kinh tế - xã hội trên địa bàn tỉnh. Tập trung xây dựng kết cấu hạ tầng, đẩy mạnh giải ngân nguồn vốn đầu tư công, phấn đấu giải ngân trên 95% kế hoạch được giao. Tiếp tục tổ chức thực hiện hiệu quả các nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh cấp sở, ban, ngành, các huyện, thành phố (DDCI), năng lực cạnh tranh cấp tỉnh (PCI) năm 2024. Tích cực tháo gỡ khó khăn, hỗ trợ các nhà đầu tư, doanh nghiệp, hợp tác xã và hộ kinh doanh trong sản xuất, kinh doanh, giảm số lượng doanh nghiệp tạm ngừng, giải thể.",
  },
  {
    department: "stc",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "Công tác quản lý, điều hành ngân sách Nhà nước được thực hiện quyết liệt, đồng bộ ngay từ đầu năm, kết quả tổng thu và tổng chi ngân sách 9 tháng đều tăng cao so với cùng kỳ.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "bqlkkt",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "",
    difficulties: "",
    tasks:
      "Tập trung phát triển kinh tế cửa khẩu, đẩy nhanh tiến độ lập điều chỉnh Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và các khu chức năng, khu vực cửa khẩu. Tăng cường hội đàm, trao đổi, đàm phán với chính quyền địa phương phía Trung Quốc nhằm giải quyết các khó khăn, vướng mắc phát sinh, thống nhất các giải pháp nâng cao năng lực thông quan hàng hóa tại các cửa khẩu trên địa bàn tỉnh, không để xảy ra ùn tắc hàng hóa, đặc biệt là dịp cao điểm cuối năm giáp Tết Nguyên đán.",
  },
  {
    department: "syt",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "",
    difficulties: "",
    tasks: "Thực hiện tốt công tác phòng chống dịch, bệnh cho người, cây trồng, vật nuôi sau bão, lũ, ngập úng.",
  },
  {
    department: "sldtbxh",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "",
    difficulties: "",
    tasks:
      "Chủ động phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh khẩn trương chỉ đạo thực hiện hỗ trợ các tổ chức, cá nhân, hộ gia đình bị thiệt hại do bão số 3 gây ra bảo đảm kịp thời, chính xác, đúng đối tượng, công khai, minh bạch theo quy định.",
  },
  {
    department: "stnmt",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "Công tác quản lý tài nguyên, bảo vệ môi trường, phòng, chống thiên tai, ứng phó với biến đổi khí hậu được triển khai đúng quy định.",
    difficulties: "",
    tasks: "Nâng cao hiệu lực, hiệu quả quản lý tài nguyên, bảo vệ môi trường, phòng, chống thiên tai, ứng phó với biến đổi khí hậu.",
  },
  {
    department: "vpubnd",
    year: 2024,
    month: 9,
    source: "002, 003",
    highlights:
      "Công tác thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo; phòng chống tham nhũng; chống buôn lậu, gian lận thương mại, hàng giả, hàng cấm được tập trung thực hiện quyết liệt. Tình hình an ninh chính trị, trật tự an toàn xã hội tiếp tục được đảm bảo, chủ quyền biên giới quốc gia được giữ vững.",
    difficulties: "Trong tháng 9/2024, do ảnh hưởng của bão số 3 đã gây thiệt hại về người và tài sản.",
    tasks:
      "Tập trung chỉ đạo các cấp, các ngành khẩn trương thực hiện các nhiệm vụ, giải pháp khắc phục hậu quả, thiệt hại do bão số 3 gây ra, tập trung khôi phục các hoạt động sản xuất, kinh doanh, sản xuất nông lâm nghiệp, ổn định đời sống. Tăng cường công tác quốc phòng - an ninh, bảo đảm chủ quyền biên giới quốc gia; triển khai đồng bộ, quyết liệt các giải pháp bảo đảm an ninh, trật tự trên địa bàn.",
  },
  {
    department: "snv",
    year: 2024,
    month: 9,
    source: "002",
    highlights:
      "Công tác cải cách hành chính được tăng cường; đã tổ chức các hội nghị phân tích và đề ra các giải pháp khắc phục, nâng cao các chỉ số cải cách hành chính (PARINDEX), chỉ số hài lòng về sự phục vụ hành chính (SIPAS), chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI).",
    difficulties: "",
    tasks: "",
  },
  {
    department: "stttt",
    year: 2024,
    month: 9,
    source: "002",
    highlights: "Các nhiệm vụ về cải cách hành chính, chuyển đổi số, tài nguyên môi trường, khoa học công nghệ được triển khai hiệu quả, tạo nền tảng cho phát triển kinh tế - xã hội.",
    difficulties: "",
    tasks: "",
  },

  // December 2024: năm 2024 (seed 003, the report on 2024 and the tasks of 2025)
  {
    department: "ctk",
    year: 2024,
    month: 12,
    source: "003",
    highlights: "Kinh tế của tỉnh vẫn tiếp tục phát triển, cơ cấu kinh tế được chuyển dịch theo hướng tích cực. Năng suất lao động của tỉnh được cải thiện và dần bắt kịp tốc độ tăng năng suất lao động của các tỉnh trong vùng.",
    difficulties:
      "Tốc độ tăng trưởng kinh tế còn chậm, chưa đạt tiến độ kế hoạch đề ra và thiếu tính bền vững. Do ảnh hưởng của hậu đại dịch Covid-19, đời sống của Nhân dân vẫn còn khó khăn, chưa hoàn toàn phục hồi, đã làm cho sức mua, tiêu dùng, nhu cầu ăn uống, vui chơi giải trí giảm sút, không giữ được mức tăng trưởng so với kế hoạch đề ra.",
    tasks: "",
  },
  {
    department: "snn",
    year: 2024,
    month: 12,
    source: "003",
    highlights:
      "Trong năm 2024, các chính sách đặc thù khuyến khích đầu tư, phát triển hợp tác, liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp, nông thôn tiếp tục được triển khai mạnh mẽ. Nhiều sản phẩm được chứng nhận OCOP đã áp dụng quy trình sản xuất tiên tiến để tạo ra sản phẩm chất lượng cao, từng bước phù hợp với thị hiếu tiêu dùng của Nhân dân, đáp ứng nhu cầu của thị trường trong và ngoài tỉnh.",
    difficulties:
      "Sản xuất nông nghiệp chịu ảnh hưởng của thiên tai, dịch bệnh, đặc biệt là bão số 3. Các chính sách khuyến khích phát triển nông nghiệp chưa phát huy hết hiệu quả; chưa hình thành được các chuỗi liên kết lớn, thị trường tiêu thụ các nông sản đặc sản thiếu ổn định. Công tác duy trì và nâng cao chất lượng đạt chuẩn các tiêu chí của một số xã sau đạt chuẩn nông thôn mới còn gặp khó khăn.",
    tasks:
      "Thực hiện đồng bộ, hiệu quả các giải pháp tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới. Đẩy mạnh ứng dụng khoa học - công nghệ vào sản xuất, xây dựng nhãn hiệu và quảng bá sản phẩm để từng bước hình thành chuỗi giá trị. Phát triển chăn nuôi theo hướng gia trại, trang trại tập trung bảo đảm an toàn sinh học, gắn với các cơ sở giết mổ, chế biến và tiêu thụ sản phẩm. Tiếp tục triển khai phát triển lâm nghiệp bền vững. Thực hiện có hiệu quả chính sách khuyến khích đầu tư phát triển nông nghiệp, hỗ trợ xây dựng các chuỗi liên kết trong sản xuất, Chương trình mỗi xã một sản phẩm OCOP.",
  },
  {
    department: "sct",
    year: 2024,
    month: 12,
    source: "003",
    highlights: "",
    difficulties:
      "Cơ cấu công nghiệp chuyển dịch chậm, ít có sản phẩm mới. Hầu hết các cơ sở công nghiệp hiện có quy mô nhỏ, chủ yếu là lắp ráp và chế biến thô, việc đầu tư đổi mới công nghệ và ứng dụng khoa học công nghệ mới, hiện đại vào sản xuất còn hạn chế. Việc thành lập cụm công nghiệp, đầu tư xây dựng hạ tầng kỹ thuật còn vướng mắc về giải phóng mặt bằng liên quan đến các quy định pháp luật về đất đai, lâm nghiệp, xây dựng,... Hạ tầng thương mại còn chênh lệch giữa các vùng, công tác chuyển đổi mô hình, quản lý, khai thác và kinh doanh chợ có nơi còn lúng túng.",
    tasks:
      "Tiếp tục phát triển kinh tế cửa khẩu, thương mại, dịch vụ, du lịch tạo động lực thúc đẩy tăng trưởng nhanh và bền vững. Khai thác có hiệu quả lợi thế của tỉnh về thương mại, hệ thống chợ, các siêu thị, trung tâm thương mại. Tiếp tục đầu tư, nâng cấp hệ thống chợ, chuyển giao chợ cho doanh nghiệp và hợp tác xã quản lý, đầu tư. Chủ động mở rộng, phát triển thị trường mới, thương mại điện tử. Phát triển nhanh công nghiệp theo hướng nâng cao chất lượng, sức cạnh tranh, tự chủ chiến lược hiện đại hoá. Xúc tiến thu hút đầu tư xây dựng hạ tầng kỹ thuật các khu, cụm công nghiệp và các dự án đầu tư sản xuất công nghiệp trên địa bàn tỉnh. Phấn đấu đến năm 2025, hoàn thành hạ tầng kỹ thuật và đưa vào hoạt động ít nhất 01 khu công nghiệp và 3 - 4 cụm công nghiệp với tỷ lệ lấp đầy mỗi khu, cụm công nghiệp đạt trên 30%; hoàn thành quy hoạch và triển khai Khu Công nghiệp - Đô thị - Dịch vụ Hữu Lũng. Phát triển năng lượng sạch, năng lượng tái tạo, tạo nền móng cho tăng trưởng xanh và phát triển bền vững.",
  },
  {
    department: "nhnn",
    year: 2024,
    month: 12,
    source: "003",
    highlights:
      "Chi nhánh Ngân hàng nhà nước tỉnh tiếp tục chỉ đạo các tổ chức tín dụng đẩy mạnh xử lý nợ xấu, kiểm soát chặt chẽ tín dụng đối với các lĩnh vực rủi ro, nâng cao chất lượng tín dụng, ngăn ngừa, hạn chế tối đa nợ xấu mới phát sinh.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "skhdt",
    year: 2024,
    month: 12,
    source: "003",
    highlights:
      "Thường xuyên kiểm tra, đôn đốc giải ngân kế hoạch vốn đầu tư công, hằng tháng thực hiện thông báo kết quả giải ngân và danh sách các chủ đầu tư, huyện, thành phố có kết quả giải ngân liên tiếp 03 tháng thấp hơn mức bình quân chung của tỉnh để kịp thời đôn đốc, chấn chỉnh; hằng tháng hoặc khi phát sinh khó khăn vướng mắc, tổ chức họp để kịp thời giải quyết.",
    difficulties:
      "Hệ thống kết cấu hạ tầng chưa đồng bộ giữa khu vực đô thị, nông thôn, vùng sâu, vùng xa, đặc biệt là hạ tầng giao thông kết liên vùng, liên tỉnh. Tiến độ thực hiện một số dự án, kể cả dự án trọng điểm, giải ngân vốn đầu tư công còn chậm. Nhu cầu về phát triển hạ tầng giao thông, đô thị, cụm, khu công nghiệp là rất lớn, nhưng nguồn ngân sách tỉnh còn hạn chế, khả năng tiếp cận nguồn vốn ngân sách hỗ trợ từ Trung ương còn khó khăn. Tiềm năng, thế mạnh của tỉnh là rất lớn, tuy nhiên công tác xúc tiến, thu hút đầu tư chưa phát huy được hết hiệu quả; số lượng doanh nghiệp thành lập mới tuy tăng mạnh trong năm 2024, tuy nhiên số doanh nghiệp gặp khó khăn dừng hoạt động và đăng ký giải thể còn lớn chiếm đến 72,22% so với số doanh nghiệp thành lập mới.",
    tasks:
      "Tập trung thực hiện hiệu quả, thực chất cơ cấu lại nền kinh tế gắn với đổi mới mô hình tăng trưởng, tăng cường năng lực nội sinh, nâng cao năng lực cạnh tranh, phát triển nhanh, bền vững; đẩy mạnh phát triển kinh tế số, kinh tế xanh, thương mại điện tử, các ngành, lĩnh vực, các mô hình kinh doanh mới, hiệu quả; làm mới các động lực tăng trưởng cũ và khai thác hiệu quả các động lực tăng trưởng mới. Đẩy mạnh công tác quy hoạch và quản lý quy hoạch; huy động nguồn lực bằng nhiều hình thức khác nhau để xây dựng kết cấu hạ tầng kinh tế - xã hội, trọng tâm là kết cấu hạ tầng giao thông, đô thị, công nghiệp. Đẩy nhanh tiến độ thực hiện và giải ngân các nguồn vốn đầu tư công, đặc biệt là các dự án trọng điểm, có tính chất liên kết vùng. Đẩy mạnh xã hội hóa đầu tư, tiếp tục triển khai có hiệu quả các dự án quan trọng theo hình thức đối tác công tư (PPP); tăng cường xúc tiến vận động các nguồn vốn hỗ trợ phát triển chính thức (ODA). Tiếp tục phát triển, hoàn thiện hạ tầng cung cấp điện; hạ tầng bưu chính, viễn thông và công nghệ thông tin; hạ tầng giáo dục, đào tạo, y tế, văn hóa, thể thao, khoa học công nghệ.",
  },
  {
    department: "stc",
    year: 2024,
    month: 12,
    source: "003",
    highlights: "Thực hiện cơ cấu chi ngân sách nhà nước theo hướng giảm tỷ lệ chi thường xuyên, tăng chi đầu tư phát triển.",
    difficulties: "",
    tasks: "",
  },
  {
    department: "sxd",
    year: 2024,
    month: 12,
    source: "003",
    highlights: "",
    difficulties:
      "Tiến độ thời gian lập một số loại quy hoạch xây dựng, đô thị, đất đai, khu vực cửa khẩu trên địa bàn tỉnh còn kéo dài, phải điều chỉnh nhiều lần, ảnh hưởng chung đến phát triển kinh tế - xã hội trên địa bàn.",
    tasks:
      "Tập trung xây dựng các đô thị trên cơ sở xác định rõ vai trò, chức năng của từng đô thị, nhất là các đô thị động lực, đô thị kết nối khu vực phù hợp quy hoạch tỉnh, quy hoạch vùng, quy hoạch quốc gia. Xây dựng thành phố Lạng Sơn trở thành cực tăng trưởng, hạt nhân quan trọng trong phát triển kinh tế vùng. Quản lý chặt chẽ việc tuân thủ các chỉ tiêu về quy hoạch, thực hiện theo quy hoạch được cấp có thẩm quyền phê duyệt.",
  },
  {
    department: "sldtbxh",
    year: 2024,
    month: 12,
    source: "003",
    highlights:
      "Cùng với quá trình đổi mới, nhiều giải pháp tạo việc làm cho người lao động, giải quyết vấn đề lao động - việc làm đã được các cấp, các ngành quan tâm nhằm tạo động lực thúc đẩy phát triển kinh tế, ổn định chính trị - xã hội. Cân đối cung cầu nhân lực trong nền kinh tế, từng bước khắc phục tình trạng di cư lao động gắn với đẩy mạnh đào tạo lao động, phát triển và nâng cao chất lượng nguồn nhân lực trên địa bàn tỉnh.",
    difficulties:
      "Chất lượng lao động còn hạn chế, tỷ lệ lao động qua đào tạo có chứng chỉ còn thấp (ước khoảng 27%), đang ảnh hưởng lớn đối với vấn đề giải quyết việc làm cho người lao động.",
    tasks:
      "Thực hiện hiệu quả các cơ chế, chính sách về giải quyết việc làm, gắn kết với đẩy mạnh chuyển dịch cơ cấu lao động theo cơ cấu kinh tế, nâng cao chất lượng, năng suất lao động. Tiếp tục nâng cao chất lượng đào tạo nghề, phù hợp với định hướng chuyển dịch cơ cấu kinh tế của tỉnh, trong đó cần đặc biệt quan tâm đến mục tiêu phát triển các ngành dịch vụ, du lịch trên địa bàn tỉnh. Tiếp tục rà soát phương án phát triển mạng lưới cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh; đẩy mạnh xã hội hóa trong giáo dục nghề nghiệp, khuyến khích các doanh nghiệp, tổ chức, cá nhân đầu tư trong lĩnh vực giáo dục nghề nghiệp, đáp ứng nhu cầu kế hoạch chuyển dịch cơ cấu kinh tế của tỉnh trong thời gian tới.",
  },
  {
    department: "snv",
    year: 2024,
    month: 12,
    source: "003",
    highlights:
      "Trong năm 2024 đã chỉ đạo các ngành, các cấp thực hiện sắp xếp bộ máy hành chính, đơn vị sự nghiệp công lập và các cơ quan chuyên môn cấp tỉnh, cấp huyện theo hướng tinh giản biên chế.",
    difficulties: "",
    tasks: "",
  },
];
