package vn.cchc.dashboard.chart;

/**
 * The sizes people export charts at. {@code width × height} is the drawing size, {@code scale} multiplies
 * the pixels (the PNG is {@code width·scale × height·scale}), {@code dpi} is written into the PNG so that
 * Word places it at its printed size; null leaves the size to the program that opens it.
 */
public enum ExportPreset {
    /** A full 16:9 PowerPoint slide, sharp on a projector and on high-density screens. */
    SLIDE_16_9(1600, 900, 2, null),
    /** 16 cm wide in an A4 report (the text width between 30 mm and 15 mm margins), printed at 300 dpi. */
    A4_REPORT(1890, 1063, 1, 300),
    /** As large as the chart appears on screen. */
    SCREEN(960, 540, 1, null);

    private final int width;
    private final int height;
    private final double scale;
    private final Integer dpi;

    ExportPreset(int width, int height, double scale, Integer dpi) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.dpi = dpi;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double scale() {
        return scale;
    }

    /** Dots per inch to record in the PNG, or null. */
    public Integer dpi() {
        return dpi;
    }
}
