/**
 * What every generator returns: files as relative POSIX paths with their text. Paths are
 * built only from constants and slugs; the output writer still checks each one before it
 * touches the disk.
 */
export interface GeneratedFile {
    readonly path: string;
    readonly content: string;
}

/** Places files under a folder of the output tree (`customer/` + `index.html`). */
export function underFolder(folder: string, files: readonly GeneratedFile[]): GeneratedFile[] {
    return files.map(file => ({ path: `${folder}/${file.path}`, content: file.content }));
}
