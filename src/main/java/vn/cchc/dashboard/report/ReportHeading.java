package vn.cchc.dashboard.report;

/**
 * The heading of the document as Nghị định 30/2020 lays it out: the issuer on the left, the national title
 * on the right, then the title block.
 *
 * @param parentBody   "UBND TỈNH MINH GIANG" above a steering committee; empty above a People's Committee
 * @param issuingBody  "ỦY BAN NHÂN DÂN\nTỈNH MINH GIANG" or "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", in bold
 * @param numberLine   "Số:        /BC-UBND", the number left for the office
 * @param nation       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * @param motto        "Độc lập - Tự do - Hạnh phúc"
 * @param placeAndDate "Minh Giang, ngày      tháng 6 năm 2026", the day left for the office
 * @param kind         "BÁO CÁO"
 * @param subject      "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026"
 * @param addressee    "Kính gửi: Bộ Nội vụ.", centred under the title block
 */
public record ReportHeading(String parentBody, String issuingBody, String numberLine, String nation, String motto,
                            String placeAndDate, String kind, String subject, String addressee) {
}
