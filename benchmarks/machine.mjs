/** What the figures were measured on; a figure means little without it. */
import os from 'node:os';

export function describeMachine() {
    const cpus = os.cpus();
    return {
        cpu: cpus[0]?.model?.trim() ?? 'unknown',
        cores: cpus.length,
        memoryBytes: os.totalmem(),
        node: process.version,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        date: new Date().toISOString()
    };
}

/** The 1-minute load average: above the core count, other work shared the CPU with the figures. */
export function loadAverage() {
    return Number(os.loadavg()[0].toFixed(2));
}
