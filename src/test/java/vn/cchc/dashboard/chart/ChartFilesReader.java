package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads back what the charts wrote, as a reader program would. */
final class ChartFilesReader {

    private ChartFilesReader() {
    }

    /** The names of what is in {@code folder}, hidden files included. */
    static List<Path> filesIn(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    static BufferedImage png(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG that ImageIO can read: " + file).isNotNull();
        return image;
    }

    /** Dots per inch from the pHYs chunk, or null when the file has none. */
    static Integer dpi(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                NodeList pHYs = ((Element) metadata.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs");
                if (pHYs.getLength() == 0) {
                    return null;
                }
                Element chunk = (Element) pHYs.item(0);
                assertThat(chunk.getAttribute("unitSpecifier")).isEqualTo("meter");
                assertThat(chunk.getAttribute("pixelsPerUnitYAxis")).isEqualTo(chunk.getAttribute("pixelsPerUnitXAxis"));
                return (int) Math.round(Long.parseLong(chunk.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
            } finally {
                reader.dispose();
            }
        }
    }

    /** How many different colours, and what share of the pixels is not white. */
    record PixelStats(int distinctColours, double inkShare) {
    }

    static PixelStats stats(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        return new PixelStats(colours.size(), (double) ink / ((long) image.getWidth() * image.getHeight()));
    }

    /** The text of every {@code <text>} element of a well-formed SVG document. */
    static List<String> svgTexts(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The DOCTYPE names the SVG 1.0 DTD on w3.org: never fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String xml = Files.readString(file);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            result.add(texts.item(i).getTextContent());
        }
        return result;
    }
}
