/**
 * What every generator returns: files as relative POSIX paths with their text. Paths are
 * built only from constants and slugs; the output writer still checks each one before it
 * touches the disk.
 *
 * Large outputs come as a lazy sequence of files, so that a file can be written and let go
 * before the next is rendered instead of the whole tree sitting in memory; and a file that
 * is large on its own (the catalog's Markdown and JSON of every service) comes as a lazy
 * sequence of pieces of text, so that it never has to exist as one string.
 */
export interface GeneratedFile {
    readonly path: string;
    readonly content: string;
}

/** A file whose text is produced in pieces, as the writer asks for them; the pieces joined are its text. */
export interface StreamedFile {
    readonly path: string;
    readonly chunks: Iterable<string>;
}

export type OutputFile = GeneratedFile | StreamedFile;

export function isStreamedFile(file: OutputFile): file is StreamedFile {
    return 'chunks' in file;
}

/** The file with all its text in one string, for callers that keep files in memory anyway. */
export function inMemory(file: OutputFile): GeneratedFile {
    return isStreamedFile(file) ? { path: file.path, content: joinChunks(file.chunks) } : file;
}

export function joinChunks(chunks: Iterable<string>): string {
    let text = '';
    for (const chunk of chunks) {
        text += chunk;
    }
    return text;
}

/** Places files under a folder of the output tree (`customer/` + `index.html`), as they come. */
export function* underFolder(folder: string, files: Iterable<OutputFile>): Generator<OutputFile> {
    for (const file of files) {
        yield isStreamedFile(file)
            ? { path: `${folder}/${file.path}`, chunks: file.chunks }
            : { path: `${folder}/${file.path}`, content: file.content };
    }
}
