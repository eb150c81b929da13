package vn.cchc.dashboard.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A written DOCX report read back as a reader sees it: its prose, and its annex tables as rows keyed by their column
 * headers — Biểu 1 by area (with its "Tổng cộng" row), Biểu 2 by lead unit, Biểu 3 the overdue tasks, Biểu 5 the
 * verdict on each unit.
 */
record AnnexFigures(String prose, Map<String, Map<String, String>> byArea, Map<String, String> areaTotal,
                    Map<String, Map<String, String>> byUnit, int overdueRows, Map<String, Map<String, String>> verdicts) {

    static AnnexFigures read(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder prose = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                prose.append(p.getText()).append('\n');
            }
            Map<String, Map<String, String>> areas = new LinkedHashMap<>();
            Map<String, Map<String, String>> units = new LinkedHashMap<>();
            Map<String, Map<String, String>> verdicts = new LinkedHashMap<>();
            Map<String, String> total = null;
            int overdue = 0;
            for (XWPFTable table : doc.getTables()) {
                List<List<String>> rows = rows(table);
                List<String> header = rows.get(0);
                if (header.size() < 3 || !header.get(0).equals("STT")) {
                    continue;
                }
                for (List<String> row : rows.subList(1, rows.size())) {
                    if (row.equals(header) || row.size() < 3 || row.get(2).isEmpty()) {
                        continue; // a repeated header, or a group's heading row ("I. Sở, ban, ngành")
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < row.size(); i++) {
                        cells.put(header.get(i), row.get(i));
                    }
                    String name = row.get(1);
                    switch (header.get(1)) {
                        case "Lĩnh vực" -> {
                            if (name.equals("Tổng cộng")) {
                                total = cells;
                            } else {
                                areas.put(name, cells);
                            }
                        }
                        case "Cơ quan, đơn vị" -> {
                            if (header.contains("Đánh giá")) {
                                verdicts.put(name, cells);
                            } else if (!name.equals("Tổng cộng")) {
                                units.put(name, cells);
                            }
                        }
                        case "Số TT trong KH" -> overdue++;
                        default -> { }
                    }
                }
            }
            return new AnnexFigures(ReadBack.folded(prose.toString()), areas, total, units, overdue, verdicts);
        }
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(ReadBack.folded(cell.getText()).strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** "1.384" → 1384. */
    static int number(String text) {
        return Integer.parseInt(text.replace(".", "").strip());
    }

    long unitsWith(String verdict) {
        return verdicts.values().stream().filter(v -> verdict.equals(v.get("Đánh giá"))).count();
    }
}
