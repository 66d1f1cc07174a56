/**
 * `connection`, with each `workspace/didChangeWatchedFiles` notification shown to `first`
 * before Langium's handler sees it, one notification at a time and in order: the bridged
 * file system must know of a created file or a changed holidays calendar before Langium
 * reads it.
 */
import type { Connection, DidChangeWatchedFilesParams, NotificationHandler } from 'vscode-languageserver';

export function withFileEventsFirst(connection: Connection, first: (params: DidChangeWatchedFilesParams) => Promise<void>): Connection {
    let queue: Promise<unknown> = Promise.resolve();
    const onDidChangeWatchedFiles = (handler: NotificationHandler<DidChangeWatchedFilesParams>) =>
        connection.onDidChangeWatchedFiles(params => {
            queue = queue
                .then(() => first(params))
                .catch(error => connection.console.error(`Could not bring the workspace's files up to date: ${String(error)}`))
                .then(() => handler(params));
        });
    return new Proxy(connection, {
        get(target, property) {
            if (property === 'onDidChangeWatchedFiles') {
                return onDidChangeWatchedFiles;
            }
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        }
    });
}
