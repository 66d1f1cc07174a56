/**
 * File systems that show the kernel's state as files (/proc, /sys and their kin) rather than
 * storing anything: an output folder there cannot be written, and Node's recursive mkdir
 * never settles on /proc, so a run aimed there would spin until killed. They are told apart
 * by the type statfs reports (Linux's magic numbers, from linux/magic.h).
 */
import { statfs } from 'node:fs/promises';
import path from 'node:path';

const KERNEL_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
    [0x9fa0, 'proc'],
    [0x62656572, 'sysfs'],
    [0x1cd1, 'devpts'],
    [0x64626720, 'debugfs'],
    [0x74726163, 'tracefs'],
    [0x73636673, 'securityfs'],
    [0x27e0eb, 'cgroup'],
    [0x63677270, 'cgroup2'],
    [0x6e736673, 'nsfs'],
    [0xcafe4a11, 'bpf']
]);

/** The kind of kernel file system the nearest existing folder of `target` is on, or undefined for a storing one. */
export async function kernelFileSystemAt(target: string): Promise<string | undefined> {
    for (let folder = target; ; folder = path.dirname(folder)) {
        try {
            return KERNEL_FILE_SYSTEMS.get(Number((await statfs(folder)).type));
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            // Not there yet (or not a folder): its parent decides where it would be made.
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(folder) === folder) {
                return undefined;
            }
        }
    }
}
