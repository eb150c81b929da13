package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class XlsxTableFileColumnTest {

    @Test
    void aCellReferenceGivesTheSameColumnAsPoisCellReference() {
        for (String reference : new String[] {"A1", "B7", "Z100000", "AA3", "AZ12", "BA1", "ZZ9", "AAA1", "XFD1048576",
                "$C$4", "c5", "'Phụ lục'!D6"}) {
            assertThat(XlsxTableFile.columnOf(reference)).as(reference)
                    .isEqualTo(new CellReference(reference).getCol());
        }
    }
}
