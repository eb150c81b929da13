package vn.cchc.dashboard.testing.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file channel on a disk with little space left: each write takes its bytes from {@link FreeSpace}, and one that
 * does not fit fails as the operating system's does, writing nothing ("No space left on device").
 */
final class FullDiskChannel extends FileChannel {

    private final FileChannel delegate;
    private final FreeSpace space;

    FullDiskChannel(FileChannel delegate, FreeSpace space) {
        this.delegate = delegate;
        this.space = space;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        space.take(source.remaining());
        return delegate.write(source);
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        long bytes = 0;
        for (int i = offset; i < offset + length; i++) {
            bytes += sources[i].remaining();
        }
        space.take(bytes);
        return delegate.write(sources, offset, length);
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        space.take(source.remaining());
        return delegate.write(source, position);
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        space.take(count);
        return delegate.transferFrom(source, position, count);
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        return delegate.read(target);
    }

    @Override
    public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
        return delegate.read(targets, offset, length);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
        return delegate.read(target, position);
    }

    @Override
    public long position() throws IOException {
        return delegate.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return delegate.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        delegate.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        delegate.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return delegate.transferTo(position, count, target);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return delegate.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return delegate.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return delegate.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        delegate.close();
    }
}
