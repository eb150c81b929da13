package vn.cchc.dashboard.testing.faults;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The JVM's default file system with faults injected where a test asks for them, so that a child JVM meets a full disk
 * or a read-only folder exactly where the real ones strike: under H2, the log, backups and every file written –
 * without root, a small partition or a seam in the application. Installed by starting the JVM with
 * {@code -Djava.nio.file.spi.DefaultFileSystemProvider=}this class; configured by system properties:
 * <ul>
 *   <li>{@value #FULL_DISK}: a folder on a "disk" with only {@value #FREE_BYTES} bytes (default 0) left: a write
 *       that does not fit fails with "No space left on device" and writes nothing;</li>
 *   <li>{@value #READ_ONLY}: a folder (everything in it) or one file that cannot be written, as without the
 *       permission to: opening it for writing, creating, deleting or renaming in it fails with
 *       {@link AccessDeniedException}, and {@code Files.isWritable} says no.</li>
 * </ul>
 */
public final class FaultyFileSystemProvider extends FileSystemProvider {

    public static final String FULL_DISK = "cchc.faults.fullDisk";
    public static final String FREE_BYTES = "cchc.faults.freeBytes";
    public static final String READ_ONLY = "cchc.faults.readOnly";

    private final FileSystemProvider delegate;
    private final FaultyFileSystem fileSystem;
    private final Path fullDisk;
    private final FreeSpace freeSpace;
    private final Path readOnly;

    /** As the JDK calls it, with the platform's own provider. */
    public FaultyFileSystemProvider(FileSystemProvider delegate) {
        this.delegate = delegate;
        FileSystem platform = delegate.getFileSystem(URI.create("file:///"));
        this.fileSystem = new FaultyFileSystem(this, platform);
        this.fullDisk = configured(platform, FULL_DISK);
        this.freeSpace = new FreeSpace(Long.getLong(FREE_BYTES, 0));
        this.readOnly = configured(platform, READ_ONLY);
    }

    private static Path configured(FileSystem platform, String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? null : platform.getPath(value).toAbsolutePath().normalize();
    }

    private static boolean under(Path path, Path root) {
        return root != null && path != null && FaultyPath.unwrap(path).toAbsolutePath().normalize().startsWith(root);
    }

    /** Writing into {@code path} itself. */
    private void checkWritable(Path path) throws AccessDeniedException {
        if (under(path, readOnly)) {
            throw new AccessDeniedException(path.toString());
        }
    }

    /** Adding, removing or renaming {@code path} in its folder: a change of the folder, not of the file. */
    private void checkFolderWritable(Path path) throws AccessDeniedException {
        Path folder = FaultyPath.unwrap(path).toAbsolutePath().normalize().getParent();
        if (under(folder, readOnly)) {
            throw new AccessDeniedException(path.toString());
        }
    }

    private static boolean writes(Set<? extends OpenOption> options) {
        return options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    }

    @Override
    public String getScheme() {
        return delegate.getScheme();
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new FileSystemAlreadyExistsException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        return fileSystem;
    }

    @Override
    public Path getPath(URI uri) {
        return fileSystem.wrap(delegate.getPath(uri));
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (writes(options)) {
            checkWritable(path);
            if (!Files.exists(path) && (options.contains(StandardOpenOption.CREATE)
                    || options.contains(StandardOpenOption.CREATE_NEW))) {
                checkFolderWritable(path);
            }
        }
        FileChannel channel = delegate.newFileChannel(FaultyPath.unwrap(path), options, attrs);
        return writes(options) && under(path, fullDisk) ? new FullDiskChannel(channel, freeSpace) : channel;
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return newFileChannel(path, options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        DirectoryStream<Path> entries = delegate.newDirectoryStream(FaultyPath.unwrap(dir),
                entry -> filter.accept(fileSystem.wrap(entry)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> inner = entries.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Path next() {
                        return fileSystem.wrap(inner.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        checkFolderWritable(dir);
        delegate.createDirectory(FaultyPath.unwrap(dir), attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        checkFolderWritable(link);
        delegate.createSymbolicLink(FaultyPath.unwrap(link), FaultyPath.unwrap(target), attrs);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        checkFolderWritable(link);
        delegate.createLink(FaultyPath.unwrap(link), FaultyPath.unwrap(existing));
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return fileSystem.wrap(delegate.readSymbolicLink(FaultyPath.unwrap(link)));
    }

    @Override
    public void delete(Path path) throws IOException {
        checkFolderWritable(path);
        delegate.delete(FaultyPath.unwrap(path));
    }

    @Override
    public boolean deleteIfExists(Path path) throws IOException {
        checkFolderWritable(path);
        return delegate.deleteIfExists(FaultyPath.unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        checkFolderWritable(target);
        if (under(target, fullDisk)) {
            freeSpace.take(Files.size(source));
        }
        delegate.copy(FaultyPath.unwrap(source), FaultyPath.unwrap(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        checkFolderWritable(source);
        checkFolderWritable(target);
        delegate.move(FaultyPath.unwrap(source), FaultyPath.unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path other) throws IOException {
        return delegate.isSameFile(FaultyPath.unwrap(path), FaultyPath.unwrap(other));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        return delegate.isHidden(FaultyPath.unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        return delegate.getFileStore(FaultyPath.unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        if (Arrays.asList(modes).contains(AccessMode.WRITE)) {
            checkWritable(path);
        }
        delegate.checkAccess(FaultyPath.unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        return delegate.getFileAttributeView(FaultyPath.unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        return delegate.readAttributes(FaultyPath.unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return delegate.readAttributes(FaultyPath.unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        checkWritable(path);
        delegate.setAttribute(FaultyPath.unwrap(path), attribute, value, options);
    }
}
