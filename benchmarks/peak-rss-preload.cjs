// Loaded with `node -r` into a measured program: when the program exits, for whatever
// reason, its peak resident set size and the CPU time it used are written to the file
// named by BENCH_PEAK_RSS_FILE. CPU time is the figure that other work on a shared
// machine disturbs least.
// The program's own code is unchanged, and the parent reads the figure after the exit.
'use strict';
const target = process.env.BENCH_PEAK_RSS_FILE;
if (target) {
    process.on('exit', () => {
        try {
            // maxRSS is in kilobytes, CPU times in microseconds.
            const usage = process.resourceUsage();
            require('fs').writeFileSync(target, JSON.stringify({
                peakRssBytes: usage.maxRSS * 1024,
                cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
            }));
        } catch {
            // The figure is then missing from the report; the program's outcome is unaffected.
        }
    });
}
