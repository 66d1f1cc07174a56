import type { FileSystemProvider } from 'langium';

/**
 * `files` with some of its operations replaced: the server's views of the file system
 * (real paths added, library copies hidden) each change one or two operations and pass
 * the rest through unchanged.
 */
export function decorateFileSystem(files: FileSystemProvider, replaced: Partial<FileSystemProvider>): FileSystemProvider {
    return {
        stat: replaced.stat ?? (uri => files.stat(uri)),
        statSync: replaced.statSync ?? (uri => files.statSync(uri)),
        exists: replaced.exists ?? (uri => files.exists(uri)),
        existsSync: replaced.existsSync ?? (uri => files.existsSync(uri)),
        readBinary: replaced.readBinary ?? (uri => files.readBinary(uri)),
        readBinarySync: replaced.readBinarySync ?? (uri => files.readBinarySync(uri)),
        readFile: replaced.readFile ?? (uri => files.readFile(uri)),
        readFileSync: replaced.readFileSync ?? (uri => files.readFileSync(uri)),
        readDirectory: replaced.readDirectory ?? (uri => files.readDirectory(uri)),
        readDirectorySync: replaced.readDirectorySync ?? (uri => files.readDirectorySync(uri))
    };
}
