package vn.cchc.dashboard.chart;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writing exported charts and reports: all or nothing, never a half-written file where a report expects a
 * picture or an office expects a document.
 */
public final class ChartFiles {

    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final double METRES_PER_INCH = 0.0254;

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ChartFiles() {
    }

    /**
     * Writes to a new file next to {@code target} and moves it into place. On any failure the new file is
     * removed and an existing {@code target} is left as it was.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null) {
            throw new IOException("not a file: " + file);
        }
        // Created like any new file (not Files.createTempFile), so it gets the folder's usual permissions.
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, file);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A PNG; with {@code dpi}, a pHYs chunk so that Word and LibreOffice insert it at its printed size. */
    static void writePng(OutputStream out, BufferedImage image, Integer dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write PNG");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (dpi != null) {
                metadata.mergeTree(PNG_METADATA, physicalSize(dpi));
            }
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode physicalSize(int dpi) {
        String pixelsPerMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
        IIOMetadataNode pHYs = new IIOMetadataNode("pHYs");
        pHYs.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        pHYs.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        pHYs.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(pHYs);
        return root;
    }
}
