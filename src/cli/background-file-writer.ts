import { Worker } from 'node:worker_threads';

/**
 * The worker's whole program: create folders and write files, in the order asked, and
 * answer each request with its id and, if it failed, the error's message and code.
 * Kept as source text so that the bundled CLI needs no second file.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
parentPort.on('message', requests => {
    const replies = [];
    for (const { id, kind, target, data, flag } of requests) {
        try {
            if (kind === 'mkdir') {
                fs.mkdirSync(target, { recursive: true });
            } else {
                fs.writeFileSync(target, data, { flag });
            }
            replies.push({ id });
        } catch (error) {
            replies.push({ id, error: { message: String(error && error.message), code: error && error.code, syscall: error && error.syscall, path: error && error.path } });
        }
    }
    parentPort.postMessage(replies);
});
`;

interface Request {
    readonly id: number;
    readonly kind: 'mkdir' | 'write';
    readonly target: string;
    readonly data?: string;
    readonly flag?: 'wx' | 'a';
}

interface Reply {
    readonly id: number;
    readonly error?: { message: string; code?: string; syscall?: string; path?: string };
}

/**
 * Writes files on a thread of its own, in the order they were handed over. A catalog is
 * tens of thousands of files: written on the thread that renders them, the disk's time
 * adds to the rendering's; here the two overlap on a second core. Each request's promise
 * settles when the worker has done it, with the file system's own error if it failed.
 *
 * Requests travel in batches (up to BATCH_REQUESTS of them or BATCH_CHARACTERS of text, or
 * whatever has gathered when the event loop next turns): a message and its reply cost the
 * rendering thread more than a small page's write, tens of thousands of times.
 */
export class BackgroundFileWriter {
    private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
    private readonly waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();
    private nextId = 0;
    private failure: Error | undefined;
    private batch: Request[] = [];
    private batchCharacters = 0;
    private flushScheduled = false;
    /** How many batches were handed to the worker. */
    messagesSent = 0;

    constructor() {
        this.worker.on('message', (replies: Reply[]) => {
            for (const reply of replies) {
                const request = this.waiting.get(reply.id);
                this.waiting.delete(reply.id);
                if (!request) {
                    continue;
                }
                if (reply.error) {
                    const { message, ...details } = reply.error;
                    request.reject(Object.assign(new Error(message), details));
                } else {
                    request.resolve();
                }
            }
        });
        // The worker itself failing (it cannot start, or runs out of memory) fails every request.
        this.worker.on('error', error => this.failAll(error));
        this.worker.on('exit', () => this.failAll(new Error('the file-writing thread stopped')));
    }

    mkdir(target: string): Promise<void> {
        return this.send({ id: this.nextId++, kind: 'mkdir', target });
    }

    writeFile(target: string, data: string, flag: 'wx' | 'a'): Promise<void> {
        // The text goes over as it is and the worker encodes it. Posting a string still
        // copies it, but encoding here cost the rendering thread, which every other step
        // waits for, more: 11.6 against 10.3 s of its CPU for a 10k-service catalog.
        return this.send({ id: this.nextId++, kind: 'write', target, data, flag });
    }

    /** Stops the thread; requests not yet done are failed. */
    async close(): Promise<void> {
        await this.worker.terminate();
    }

    private send(request: Request): Promise<void> {
        if (this.failure) {
            return Promise.reject(this.failure);
        }
        return new Promise<void>((resolve, reject) => {
            this.waiting.set(request.id, { resolve, reject });
            this.batch.push(request);
            this.batchCharacters += request.data?.length ?? 0;
            if (this.batch.length >= BATCH_REQUESTS || this.batchCharacters >= BATCH_CHARACTERS) {
                this.flush();
            } else if (!this.flushScheduled) {
                // Whoever waits for this request gives the event loop its turn.
                this.flushScheduled = true;
                setImmediate(() => {
                    this.flushScheduled = false;
                    this.flush();
                });
            }
        });
    }

    private flush(): void {
        if (this.batch.length === 0 || this.failure) {
            return;
        }
        this.worker.postMessage(this.batch);
        this.messagesSent++;
        this.batch = [];
        this.batchCharacters = 0;
    }

    private failAll(error: Error): void {
        this.failure ??= error;
        for (const request of this.waiting.values()) {
            request.reject(error);
        }
        this.waiting.clear();
    }
}

/** At most this many requests in one message... */
const BATCH_REQUESTS = 16;
/** ...and at most about this much text. */
const BATCH_CHARACTERS = 1 << 20;
